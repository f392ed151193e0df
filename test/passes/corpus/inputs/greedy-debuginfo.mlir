// PIPELINES: -canonicalize --mlir-print-debuginfo ; -cse --mlir-print-debuginfo ; -canonicalize -cse --mlir-print-debuginfo --mlir-print-local-scope
// Locations after rewriting: folded constants, hoisted constants, ops merged by cse, and
// ops created by canonicalization patterns (fused locations of the matched ops).
func.func @locs(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %c1 = arith.constant 1 : i32 loc("c1")
  %c2 = arith.constant 2 : i32 loc("c2")
  %s = arith.addi %c1, %c2 : i32 loc("sum")
  %a = arith.addi %x, %s : i32 loc("a")
  %b = arith.addi %x, %s : i32 loc("b")
  %c3 = arith.constant 3 : i32 loc("c3")
  %d = arith.addi %a, %c3 : i32 loc("d")
  %e = arith.addi %d, %c1 : i32 loc("e")
  %t = arith.constant true loc("t")
  %cmp = arith.cmpi slt, %x, %y : i32 loc("cmp")
  %n = arith.xori %cmp, %t : i1 loc("not")
  %sel = arith.select %n, %x, %y : i32 loc("sel")
  return %a, %b, %e, %sel : i32, i32, i32, i32 loc("ret")
} loc("func")
