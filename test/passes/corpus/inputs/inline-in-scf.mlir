// PIPELINES: -inline ; -inline -cse ; -inline -symbol-dce
// Calls inside scf.for / scf.if / scf.while bodies are inlined into those regions.
func.func private @step(%acc: f32, %x: f32) -> f32 {
  %m = arith.mulf %x, %x : f32
  %r = arith.addf %acc, %m : f32
  return %r : f32
}

func.func private @pick(%c: i1, %a: i32, %b: i32) -> i32 {
  %r = arith.select %c, %a, %b : i32
  return %r : i32
}

func.func @loop(%n: index, %x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %zero = arith.constant 0.0 : f32
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero) -> (f32) {
    %s = func.call @step(%acc, %x) : (f32, f32) -> f32
    scf.yield %s : f32
  }
  return %r : f32
}

func.func @branch(%c: i1, %d: i1, %a: i32, %b: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %p = func.call @pick(%d, %a, %b) : (i1, i32, i32) -> i32
    scf.yield %p : i32
  } else {
    scf.yield %a : i32
  }
  return %r : i32
}

func.func @while(%a: i32, %b: i32) -> i32 {
  %r = scf.while (%i = %a) : (i32) -> i32 {
    %lt = arith.cmpi slt, %i, %b : i32
    scf.condition(%lt) %i : i32
  } do {
  ^bb0(%j: i32):
    %t = arith.constant true
    %p = func.call @pick(%t, %j, %b) : (i1, i32, i32) -> i32
    %c1 = arith.constant 1 : i32
    %n = arith.addi %p, %c1 : i32
    scf.yield %n : i32
  }
  return %r : i32
}
