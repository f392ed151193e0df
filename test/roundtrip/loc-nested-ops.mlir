// FLAGS: --mlir-print-debuginfo
func.func @f() {
  %0 = arith.constant 1 : i32 loc("n.mlir":2:3)
  "tst.r"() ({
    "tst.t"(%0) : (i32) -> () loc("n.mlir":4:5)
  }) : () -> () loc("n.mlir":3:3)
  return
}
