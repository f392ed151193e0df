%a = "tst.a"() : () -> i32
%b = "tst.b"(%a) : (i32) -> i32
%sum = "tst.add"(%a, %b) : (i32, i32) -> i32
"tst.use"(%sum) : (i32) -> ()
