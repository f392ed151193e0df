// PIPELINES: -cse ; --pass-pipeline=builtin.module(func.func(cse)) ; -cse -cse
// Identical pure ops with identical operands are merged; the first occurrence survives.
func.func @basic(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %a = arith.addi %x, %y : i32
  %b = arith.addi %x, %y : i32
  %c = arith.muli %a, %b : i32
  %d = arith.muli %b, %a : i32
  %e = arith.muli %a, %a : i32
  return %c, %d, %e, %b : i32, i32, i32, i32
}

func.func @constants() -> (i32, i32, i64, f32, f32) {
  %0 = arith.constant 1 : i32
  %1 = arith.constant 1 : i32
  %2 = arith.constant 1 : i64
  %3 = arith.constant 1.0 : f32
  %4 = arith.constant 1.0 : f32
  return %0, %1, %2, %3, %4 : i32, i32, i64, f32, f32
}

func.func @chain(%x: f32) -> f32 {
  %a = arith.mulf %x, %x : f32
  %b = arith.addf %a, %x : f32
  %c = arith.mulf %x, %x : f32
  %d = arith.addf %c, %x : f32
  %e = arith.subf %b, %d : f32
  return %e : f32
}
