// PIPELINES: -canonicalize ; -cse ; '--pass-pipeline=builtin.module(func.func(canonicalize{region-simplify=aggressive}))'
// Block arguments that are unused or always receive the same value are dropped.
func.func @same_value(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%x, %x : i32, i32)
^bb2:
  cf.br ^bb3(%x, %x : i32, i32)
^bb3(%a: i32, %b: i32):
  %s = arith.addi %a, %b : i32
  return %s : i32
}

func.func @unused_arg(%c: i1, %x: i32, %y: i32) -> i32 {
  cf.cond_br %c, ^bb1(%x : i32), ^bb1(%y : i32)
^bb1(%unused: i32):
  %k = arith.constant 5 : i32
  return %k : i32
}

func.func @identical_blocks(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %a = arith.addi %x, %x : i32
  cf.br ^bb3(%a : i32)
^bb2:
  %b = arith.addi %x, %x : i32
  cf.br ^bb3(%b : i32)
^bb3(%r: i32):
  return %r : i32
}
