// FLAGS: -mlir-print-debuginfo
// Ops created by the PDLL patterns are located at the fused locations of the matched ops.
func.func @locs(%x: i32, %a: i8, %b: i8) -> (i32, i32, i32) {
  %c1 = arith.constant 1 : i32 loc("c1")
  %c2 = arith.constant 2 : i32 loc("c2")
  %0 = arith.addi %x, %c1 : i32 loc("inner")
  %1 = arith.addi %0, %c2 : i32 loc("outer")
  %2 = arith.extui %a : i8 to i32 loc("ext_a")
  %3 = arith.extui %b : i8 to i32 loc("ext_b")
  %4 = arith.xori %2, %3 : i32 loc("xor")
  %m1 = arith.constant -1 : i32 loc("m1")
  %a32 = arith.extsi %a : i8 to i32 loc("a32")
  %5 = arith.muli %x, %m1 : i32 loc("mul")
  %6 = arith.addi %5, %a32 : i32 loc("add")
  return %1, %4, %6 : i32, i32, i32
}
