// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> ()
// -----
"tst.b"() : () -> () loc("x.mlir":1:1)
