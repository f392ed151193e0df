// PIPELINES: -canonicalize ; -cse ; '--pass-pipeline=builtin.module(canonicalize{region-simplify=aggressive})'
// FLAGS: --allow-unregistered-dialect
// Identical successor blocks merge under aggressive region simplification.
func.func @merge(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "tst.same"(%x) : (i32) -> ()
  cf.br ^bb3
^bb2:
  "tst.same"(%x) : (i32) -> ()
  cf.br ^bb3
^bb3:
  return %x : i32
}

func.func @different_args(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %a = arith.addi %x, %y : i32
  cf.br ^bb3(%a : i32)
^bb2:
  %b = arith.muli %x, %y : i32
  cf.br ^bb3(%b : i32)
^bb3(%v: i32):
  return %v : i32
}
