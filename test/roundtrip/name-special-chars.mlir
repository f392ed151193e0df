%foo.bar = "tst.a"() : () -> i32
%x$y = "tst.a"() : () -> i32
%_z-9 = "tst.a"() : () -> i32
%42 = "tst.a"() : () -> i32
"tst.use"(%foo.bar, %x$y, %_z-9, %42) : (i32, i32, i32, i32) -> ()
