func.func @f(%c: i1, %a: i32, %b: i32, %x: f32, %y: f32, %t: tensor<4xf32>, %u: tensor<4xf32>) {
  %0 = arith.select %c, %a, %b : i32
  %1 = arith.select %c, %x, %y : f32
  %2 = arith.select %c, %t, %u : tensor<4xf32>
  %3 = "arith.select"(%c, %a, %b) : (i1, i32, i32) -> i32
  return
}
