// ARGS: -inline='default-pipeline=' -mlir-print-debuginfo
func.func private @callee(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32 loc("callee.mlir":3:8)
  %1 = arith.muli %0, %0 : i32 loc(callsite("inner.mlir":1:1 at "outer.mlir":2:2))
  return %1 : i32 loc("callee.mlir":5:3)
}
func.func @caller(%a: i32) -> (i32, i32) {
  %0 = call @callee(%a) : (i32) -> i32 loc("caller.mlir":7:8)
  %1 = call @callee(%0) : (i32) -> i32 loc(unknown)
  return %0, %1 : i32, i32
}
