// OPTIONS: enable-patterns=NoSuchPattern region-simplify=disabled
// Region DCE: dead block arguments (and the branch operands feeding them) and dead cycles go.
func.func @loop(%a: i32, %n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c0, %a : i32, i32)
^bb1(%i: i32, %dead: i32):
  %cmp = "tst.cmp"(%i, %n) : (i32, i32) -> i1
  %next_dead = arith.addi %dead, %a : i32
  %inext = "tst.inc"(%i) : (i32) -> i32
  cf.cond_br %cmp, ^bb1(%inext, %next_dead : i32, i32), ^bb2
^bb2:
  return %i : i32
}

func.func @args(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb2(%b : i32)
^bb1(%x: i32, %y: i32):
  "tst.use"(%x) : (i32) -> ()
  cf.br ^bb3(%y : i32)
^bb2(%z: i32):
  cf.br ^bb3(%z : i32)
^bb3(%w: i32):
  return %a : i32
}
