// PIPELINES: -canonicalize --mlir-print-debuginfo --mlir-print-local-scope
// Locations of ops created by arith's declarative (DRR) patterns: mlir-opt fuses the root's
// location with those of some of the matched ops (for AddIAddConstant the constant under the
// inner addi, not the inner addi itself).
func.func @add_add(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32 loc("k1")
  %c2 = arith.constant 2 : i32 loc("k2")
  %a = arith.addi %x, %c1 : i32 loc("inner")
  %b = arith.addi %a, %c2 : i32 loc("outer")
  return %b : i32
}

func.func @sub_add(%x: i32) -> i32 {
  %c5 = arith.constant 5 : i32 loc("k5")
  %c9 = arith.constant 9 : i32 loc("k9")
  %a = arith.subi %c5, %x : i32 loc("inner_sub")
  %b = arith.addi %a, %c9 : i32 loc("outer_add")
  return %b : i32
}

func.func @casts(%x: i8) -> (i64, i1) {
  %e = arith.extui %x : i8 to i32 loc("ext_inner")
  %f = arith.extsi %e : i32 to i64 loc("ext_outer")
  %t = arith.constant true loc("true")
  %y = arith.trunci %f : i64 to i8 loc("trunc")
  %cmp = arith.cmpi ult, %x, %y : i8 loc("cmp")
  %n = arith.xori %cmp, %t : i1 loc("not")
  return %f, %n : i64, i1
}
