// PIPELINES: -inline ; -inline -symbol-dce ; '--pass-pipeline=builtin.module(inline{default-pipeline=})'
// A callee with several blocks and several returns is inlined by splitting the caller's
// block; the results become block arguments of the continuation.
func.func private @abs(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %neg = arith.cmpi slt, %x, %c0 : i32
  cf.cond_br %neg, ^bb1, ^bb2
^bb1:
  %n = arith.subi %c0, %x : i32
  return %n : i32
^bb2:
  return %x : i32
}

func.func @caller(%a: i32, %b: i32) -> i32 {
  %x = call @abs(%a) : (i32) -> i32
  %y = call @abs(%b) : (i32) -> i32
  %s = arith.addi %x, %y : i32
  return %s : i32
}

func.func private @const_abs() -> i32 {
  %c = arith.constant -5 : i32
  %r = call @abs(%c) : (i32) -> i32
  return %r : i32
}

func.func @use_const() -> i32 {
  %r = call @const_abs() : () -> i32
  return %r : i32
}
