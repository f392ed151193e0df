// PIPELINES: -canonicalize ; -cse
// bitcast folding between ints and floats of equal width, and bitcast chains.
func.func @bitcasts() -> (i32, f32, i16, bf16, i64, f64) {
  %a = arith.constant 1.0 : f32
  %0 = arith.bitcast %a : f32 to i32
  %b = arith.constant 1065353216 : i32
  %1 = arith.bitcast %b : i32 to f32
  %c = arith.constant -2.0 : f16
  %2 = arith.bitcast %c : f16 to i16
  %d = arith.constant 16256 : i16
  %3 = arith.bitcast %d : i16 to bf16
  %e = arith.constant 0x7FF8000000000000 : f64
  %4 = arith.bitcast %e : f64 to i64
  %f = arith.constant -1 : i64
  %5 = arith.bitcast %f : i64 to f64
  return %0, %1, %2, %3, %4, %5 : i32, f32, i16, bf16, i64, f64
}

func.func @bitcast_chain(%x: f32) -> (f32, i32) {
  %a = arith.bitcast %x : f32 to i32
  %0 = arith.bitcast %a : i32 to f32
  %b = arith.bitcast %0 : f32 to i32
  return %0, %b : f32, i32
}
