// PIPELINES: -canonicalize ; -cse
// Infinities, NaN and signed zeros in folded float arithmetic.
func.func @special() -> (f32, f32, f32, f32, f32, f32, f64, f64) {
  %one = arith.constant 1.0 : f32
  %z = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %0 = arith.divf %one, %z : f32
  %1 = arith.divf %one, %nz : f32
  %2 = arith.divf %z, %z : f32
  %3 = arith.subf %inf, %inf : f32
  %4 = arith.mulf %inf, %z : f32
  %5 = arith.addf %nz, %nz : f32
  %d = arith.constant 1.0e-320 : f64
  %h = arith.constant 0.5 : f64
  %6 = arith.mulf %d, %h : f64
  %m = arith.constant 1.7976931348623157e308 : f64
  %7 = arith.addf %m, %m : f64
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f64, f64
}
