// FLAGS: --mlir-print-debuginfo
module @m {
  "tst.a"() : () -> () loc("e.mlir":2:3)
} loc("e.mlir":1:1)
