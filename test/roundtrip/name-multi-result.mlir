%r:3 = "tst.multi"() : () -> (i32, i64, f32)
"tst.use"(%r#2, %r#0, %r#1) : (f32, i32, i64) -> ()
%s:2 = "tst.two"(%r#0) : (i32) -> (i1, i1)
%t = "tst.one"(%s#1) : (i1) -> i8
"tst.use"(%s#0, %t) : (i1, i8) -> ()
