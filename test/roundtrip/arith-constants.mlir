func.func @c() {
  %0 = arith.constant 1 : i32
  %1 = arith.constant -1 : i8
  %2 = arith.constant 0 : index
  %3 = arith.constant true
  %4 = arith.constant false
  %5 = arith.constant 1.5 : f32
  %6 = arith.constant -0.0 : f64
  %7 = arith.constant 0x7FC00000 : f32
  %8 = arith.constant 1.0 : bf16
  %9 = arith.constant 18446744073709551615 : i128
  %10 = arith.constant 255 : i8
  %11 = arith.constant 1 : i1
  return
}
