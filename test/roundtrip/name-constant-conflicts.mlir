func.func @f() {
  %0 = arith.constant 0 : index
  %1 = arith.constant 0 : index
  %2 = arith.constant 0 : i32
  %3 = arith.constant 0 : i32
  %4 = arith.constant 0.0 : f64
  %5 = arith.constant 2.5 : bf16
  %6 = arith.constant 0 : index
  %7 = arith.constant true
  %8 = arith.constant true
  %9 = arith.constant 1.0 : f32
  return
}
