// PIPELINES: -inline ; -inline -symbol-dce ; '--pass-pipeline=builtin.module(inline{default-pipeline=})'
// A private single-block callee is inlined and then erased; the inliner canonicalizes by
// default (constants fold after inlining).
func.func private @add_one(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %r = arith.addi %x, %c1 : i32
  return %r : i32
}

func.func @caller(%x: i32) -> i32 {
  %c41 = arith.constant 41 : i32
  %a = call @add_one(%c41) : (i32) -> i32
  %b = call @add_one(%x) : (i32) -> i32
  %s = arith.addi %a, %b : i32
  return %s : i32
}
