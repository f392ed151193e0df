// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// f32 arithmetic folding, rounding to f32.
func.func @f32_ops() -> (f32, f32, f32, f32, f32, f32, f32) {
  %a = arith.constant 1.5 : f32
  %b = arith.constant 0.1 : f32
  %0 = arith.addf %a, %b : f32
  %1 = arith.subf %a, %b : f32
  %2 = arith.mulf %a, %b : f32
  %3 = arith.divf %a, %b : f32
  %4 = arith.remf %a, %b : f32
  %5 = arith.negf %a : f32
  %c = arith.constant 16777216.0 : f32
  %one = arith.constant 1.0 : f32
  %6 = arith.addf %c, %one : f32
  return %0, %1, %2, %3, %4, %5, %6 : f32, f32, f32, f32, f32, f32, f32
}

func.func @f32_fastmath() -> f32 {
  %a = arith.constant 3.0 : f32
  %b = arith.constant 4.0 : f32
  %0 = arith.mulf %a, %b fastmath<fast> : f32
  return %0 : f32
}
