%r:12 = "tst.multi"() : () -> (i1, i2, i3, i4, i5, i6, i7, i8, i9, i10, i11, i12)
"tst.use"(%r#11, %r#10, %r#0) : (i12, i11, i1) -> ()
%1 = "tst.one"() : () -> i32
