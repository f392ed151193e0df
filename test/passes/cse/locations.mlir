// ARGS: -cse -mlir-print-debuginfo
func.func @unknown_kept_loc_taken(%a: i32) -> (i32, i32, i32) {
  %0 = arith.addi %a, %a : i32 loc(unknown)
  %1 = arith.addi %a, %a : i32 loc("x.mlir":4:7)
  %2 = arith.addi %a, %a : i32 loc("y.mlir":5:9)
  return %0, %1, %2 : i32, i32, i32
}

func.func @first_loc_kept(%a: i32) -> (i32, i32) {
  %0 = arith.muli %a, %a : i32 loc("a.mlir":1:1)
  %1 = arith.muli %a, %a : i32 loc("b.mlir":2:2)
  return %0, %1 : i32, i32
}
