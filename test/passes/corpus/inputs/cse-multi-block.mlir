// PIPELINES: -cse ; --pass-pipeline=builtin.module(func.func(cse))
// cse across blocks follows dominance: a dominating block's value replaces later duplicates,
// sibling branches keep their own.
func.func @diamond(%c: i1, %x: i32, %y: i32) -> i32 {
  %a = arith.addi %x, %y : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %b = arith.addi %x, %y : i32
  %m = arith.muli %x, %y : i32
  cf.br ^bb3(%m : i32)
^bb2:
  %m2 = arith.muli %x, %y : i32
  cf.br ^bb3(%m2 : i32)
^bb3(%v: i32):
  %m3 = arith.muli %x, %y : i32
  %d = arith.addi %x, %y : i32
  %s = arith.addi %v, %m3 : i32
  %t = arith.addi %s, %d : i32
  return %t : i32
}

func.func @loop(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c0 : i32)
^bb1(%i: i32):
  %c0b = arith.constant 0 : i32
  %c10 = arith.constant 10 : i32
  %lt = arith.cmpi slt, %i, %c10 : i32
  cf.cond_br %lt, ^bb2, ^bb3
^bb2:
  %c1 = arith.constant 1 : i32
  %n = arith.addi %i, %c1 : i32
  cf.br ^bb1(%n : i32)
^bb3:
  %r = arith.addi %i, %c0b : i32
  return %r : i32
}
