// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> ()
%0 = "tst.b"() : () -> i32
"tst.c"(%0) : (i32) -> ()
