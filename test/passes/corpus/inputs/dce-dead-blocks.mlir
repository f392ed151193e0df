// PIPELINES: -canonicalize ; -cse ; '--pass-pipeline=builtin.module(canonicalize{region-simplify=disabled})'
// Unreachable blocks are removed by region simplification (not by cse).
func.func @unreachable(%x: i32) -> i32 {
  cf.br ^bb2(%x : i32)
^bb1:
  %c = arith.constant 1 : i32
  cf.br ^bb2(%c : i32)
^bb2(%v: i32):
  return %v : i32
^bb3:
  %d = arith.constant 9 : i32
  return %d : i32
}

func.func @self_loop_dead(%x: i1) {
  return
^bb1:
  cf.br ^bb1
}
