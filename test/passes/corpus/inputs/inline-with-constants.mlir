// PIPELINES: -inline ; -inline -cse ; '--pass-pipeline=builtin.module(inline{default-pipeline=canonicalize})' ; '--pass-pipeline=builtin.module(inline{default-pipeline=cse})'
// After inlining with constant arguments, the inliner's default canonicalize folds the body.
func.func private @poly(%x: i64) -> i64 {
  %c3 = arith.constant 3 : i64
  %c7 = arith.constant 7 : i64
  %sq = arith.muli %x, %x : i64
  %t = arith.muli %sq, %c3 : i64
  %r = arith.addi %t, %c7 : i64
  return %r : i64
}

func.func @eval() -> (i64, i64) {
  %c2 = arith.constant 2 : i64
  %c5 = arith.constant 5 : i64
  %a = call @poly(%c2) : (i64) -> i64
  %b = call @poly(%c5) : (i64) -> i64
  return %a, %b : i64, i64
}

func.func @eval_dyn(%x: i64) -> i64 {
  %a = call @poly(%x) : (i64) -> i64
  return %a : i64
}
