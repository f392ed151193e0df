// PIPELINES: -canonicalize ; -cse
// extf/truncf/sitofp/uitofp/fptosi/fptoui folding.
func.func @float_casts() -> (f64, f16, bf16, f32, f32, i32, i32, i8, f16) {
  %a = arith.constant 0.1 : f32
  %0 = arith.extf %a : f32 to f64
  %1 = arith.truncf %a : f32 to f16
  %2 = arith.truncf %a : f32 to bf16
  %m = arith.constant -1 : i32
  %3 = arith.sitofp %m : i32 to f32
  %4 = arith.uitofp %m : i32 to f32
  %b = arith.constant -2.75 : f32
  %5 = arith.fptosi %b : f32 to i32
  %c = arith.constant 3.99 : f64
  %6 = arith.fptoui %c : f64 to i32
  %big = arith.constant 1000.0 : f32
  %7 = arith.fptosi %big : f32 to i8
  %l = arith.constant 70000 : i32
  %8 = arith.sitofp %l : i32 to f16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : f64, f16, bf16, f32, f32, i32, i32, i8, f16
}

func.func @truncf_rounding() -> (f16, f16) {
  %a = arith.constant 1.00048828125 : f32
  %0 = arith.truncf %a to_nearest_even : f32 to f16
  %1 = arith.truncf %a upward : f32 to f16
  return %0, %1 : f16, f16
}
