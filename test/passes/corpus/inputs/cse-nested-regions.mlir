// PIPELINES: -cse ; --pass-pipeline=builtin.module(func.func(cse)) ; -canonicalize -cse
// Values from enclosing regions replace duplicates inside nested regions; sibling regions
// do not share expressions.
func.func @nested(%c: i1, %x: i32) -> (i32, i32) {
  %a = arith.addi %x, %x : i32
  %r = scf.if %c -> i32 {
    %b = arith.addi %x, %x : i32
    %m = arith.muli %b, %b : i32
    scf.yield %m : i32
  } else {
    %m2 = arith.muli %a, %a : i32
    scf.yield %m2 : i32
  }
  %s = scf.if %c -> i32 {
    %m3 = arith.muli %a, %a : i32
    scf.yield %m3 : i32
  } else {
    %k = arith.constant 0 : i32
    scf.yield %k : i32
  }
  return %r, %s : i32, i32
}

func.func @loop(%n: index, %x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %init = arith.mulf %x, %x : f32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %init) -> (f32) {
    %sq = arith.mulf %x, %x : f32
    %c1b = arith.constant 1 : index
    %i2 = arith.addi %i, %c1b : index
    %i3 = arith.addi %i, %c1 : index
    %eq = arith.cmpi eq, %i2, %i3 : index
    %s = arith.addf %acc, %sq : f32
    %t = arith.select %eq, %s, %acc : f32
    scf.yield %t : f32
  }
  return %r : f32
}
