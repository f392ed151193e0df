func.func @f() -> i32 {
  %a = arith.constant 42 : i32
  %b = arith.constant 42 : i32
  %c = arith.constant 1.5 : f32
  return %a : i32
}
