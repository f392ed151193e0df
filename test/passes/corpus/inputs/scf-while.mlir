// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize,cse))
// FLAGS: --allow-unregistered-dialect
// scf.while canonicalizations: false condition, loop-invariant args, unused results.
func.func @count(%n: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %r = scf.while (%i = %c0) : (i32) -> i32 {
    %lt = arith.cmpi slt, %i, %n : i32
    scf.condition(%lt) %i : i32
  } do {
  ^bb0(%j: i32):
    %c1 = arith.constant 1 : i32
    %k = arith.addi %j, %c1 : i32
    scf.yield %k : i32
  }
  return %r : i32
}

func.func @never(%x: i32) -> i32 {
  %r = scf.while (%i = %x) : (i32) -> i32 {
    %f = arith.constant false
    scf.condition(%f) %i : i32
  } do {
  ^bb0(%j: i32):
    "tst.body"(%j) : (i32) -> ()
    scf.yield %j : i32
  }
  return %r : i32
}

func.func @invariant(%x: i32, %y: i32) -> i32 {
  %r:2 = scf.while (%i = %x, %inv = %y) : (i32, i32) -> (i32, i32) {
    %c = "tst.cond"(%i, %inv) : (i32, i32) -> i1
    scf.condition(%c) %i, %inv : i32, i32
  } do {
  ^bb0(%j: i32, %k: i32):
    %s = arith.addi %j, %k : i32
    scf.yield %s, %y : i32, i32
  }
  return %r#0 : i32
}
