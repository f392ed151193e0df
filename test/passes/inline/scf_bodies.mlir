// ARGS: -inline='default-pipeline='
func.func private @add(%a: i32, %b: i32) -> i32 {
  %0 = arith.addi %a, %b : i32
  return %0 : i32
}

func.func private @branchy(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}

func.func @in_if(%c: i1, %a: i32, %b: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %0 = func.call @add(%a, %b) : (i32, i32) -> i32
    scf.yield %0 : i32
  } else {
    %1 = func.call @branchy(%c, %a) : (i1, i32) -> i32
    scf.yield %1 : i32
  }
  return %r : i32
}

func.func @in_for(%lb: index, %ub: index, %s: index, %init: i32) -> i32 {
  %r = scf.for %i = %lb to %ub step %s iter_args(%acc = %init) -> i32 {
    %0 = func.call @add(%acc, %acc) : (i32, i32) -> i32
    scf.yield %0 : i32
  }
  return %r : i32
}

func.func @in_while(%init: i32, %lim: i32) -> i32 {
  %r = scf.while (%x = %init) : (i32) -> i32 {
    %0 = func.call @add(%x, %x) : (i32, i32) -> i32
    %c = arith.cmpi slt, %0, %lim : i32
    scf.condition(%c) %0 : i32
  } do {
  ^bb0(%y: i32):
    %1 = func.call @add(%y, %lim) : (i32, i32) -> i32
    scf.yield %1 : i32
  }
  return %r : i32
}

func.func @in_execute_region(%c: i1, %a: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %0 = func.call @branchy(%c, %a) : (i1, i32) -> i32
    scf.yield %0 : i32
  }
  return %r : i32
}
