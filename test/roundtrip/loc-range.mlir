// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> () loc("x.mlir":1:2 to 3:4)
"tst.b"() : () -> () loc("x.mlir":1:2 to :9)
"tst.c"() : () -> () loc("x.mlir":5:1 to 5:1)
