// PIPELINES: -canonicalize ; -cse ; '--pass-pipeline=builtin.module(func.func(canonicalize{region-simplify=disabled}))'
// FLAGS: --allow-unregistered-dialect
// Branches to blocks that only branch on are forwarded; single-predecessor blocks merge.
func.func @chain(%x: i32) -> i32 {
  cf.br ^bb1
^bb1:
  cf.br ^bb2(%x : i32)
^bb2(%a: i32):
  cf.br ^bb3(%a : i32)
^bb3(%b: i32):
  %r = arith.addi %b, %b : i32
  return %r : i32
}

func.func @forward(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%x : i32)
^bb2:
  cf.br ^bb3(%y : i32)
^bb3(%v: i32):
  "tst.use"(%v) : (i32) -> ()
  return %v : i32
}
