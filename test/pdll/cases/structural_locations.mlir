// PDLL: structural.pdll
// FLAGS: -mlir-print-debuginfo -mlir-print-local-scope
func.func @locs(%a: i16 loc("a"), %b: i16 loc("b"), %c: i16 loc("c"), %x: i32 loc("x"), %y: i64 loc("y")) -> (i16, i32, i64) {
  %0 = arith.ori %a, %b : i16 loc("or1")
  %1 = arith.ori %a, %c : i16 loc("or2")
  %2 = arith.andi %0, %1 : i16 loc("and")
  %3 = arith.addi %x, %x : i32 loc("add")
  %4 = arith.extsi %x : i32 to i64 loc("ext")
  %5 = arith.cmpi slt, %4, %y : i64 loc("cmp")
  %6 = arith.select %5, %4, %y : i64 loc("sel")
  return %2, %3, %6 : i16, i32, i64 loc("ret")
} loc("f")
