// OPTIONS: enable-patterns=NoSuchPattern
// Constants in loop bodies and in unreachable blocks are hoisted or dropped with their blocks.
func.func @loop(%lb: index, %ub: index, %step: index, %init: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = scf.for %i = %lb to %ub step %step iter_args(%acc = %init) -> (i32) {
    %c1_0 = arith.constant 1 : i32
    %c7 = arith.constant 7 : i32
    %s = "tst.op"(%acc, %c1_0, %c7) : (i32, i32, i32) -> i32
    %dead = arith.muli %s, %c7 : i32
    scf.yield %s : i32
  }
  %w = scf.while (%x = %r) : (i32) -> i32 {
    %c9 = arith.constant 9 : i32
    %cond = "tst.cond"(%x, %c9) : (i32, i32) -> i1
    scf.condition(%cond) %x : i32
  } do {
  ^bb0(%y: i32):
    %c1_1 = arith.constant 1 : i32
    %n = "tst.op"(%y, %c1_1) : (i32, i32) -> i32
    scf.yield %n : i32
  }
  "tst.use"(%c1) : (i32) -> ()
  return %w : i32
}

func.func @unreachable_constants(%a: i32) -> i32 {
  %0 = "tst.op"(%a) : (i32) -> i32
  cf.br ^bb2
^bb1:
  %c5 = arith.constant 5 : i32
  %c6 = arith.constant 6 : i32
  "tst.use"(%c5, %c6) : (i32, i32) -> ()
  cf.br ^bb2
^bb2:
  %c6_0 = arith.constant 6 : i32
  "tst.use"(%c6_0) : (i32) -> ()
  return %0 : i32
}

func.func @execute_region_cfg(%c: i1, %a: i32) -> i32 {
  %0 = scf.execute_region -> i32 {
    %c3 = arith.constant 3 : i32
    cf.cond_br %c, ^bb1, ^bb2(%c3 : i32)
  ^bb1:
    %c4 = arith.constant 4 : i32
    %c3_0 = arith.constant 3 : i32
    %s = "tst.op"(%c4, %c3_0) : (i32, i32) -> i32
    cf.br ^bb2(%s : i32)
  ^bb2(%v: i32):
    scf.yield %v : i32
  }
  return %0 : i32
}
