// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> () loc(unknown)
"tst.b"() : () -> () loc(unknown)
"tst.c"() : () -> () loc("":0:0)
