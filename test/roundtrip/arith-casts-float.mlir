func.func @f(%a: f32, %b: f64, %i: i32, %h: f16) {
  %0 = arith.extf %a : f32 to f64
  %1 = arith.truncf %b : f64 to f32
  %2 = arith.sitofp %i : i32 to f32
  %3 = arith.uitofp %i : i32 to f64
  %4 = arith.fptosi %a : f32 to i64
  %5 = arith.fptoui %b : f64 to i8
  %6 = arith.bitcast %a : f32 to i32
  %7 = arith.extf %h : f16 to f32
  %8 = arith.bitcast %h : f16 to bf16
  return
}
