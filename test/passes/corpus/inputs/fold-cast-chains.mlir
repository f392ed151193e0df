// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// Cast-of-cast patterns on non-constant values.
func.func @chains(%x: i8, %y: i32, %z: i64) -> (i64, i64, i8, i16, i32, i8, i64) {
  %a = arith.extsi %x : i8 to i32
  %0 = arith.extsi %a : i32 to i64
  %b = arith.extui %x : i8 to i32
  %1 = arith.extui %b : i32 to i64
  %c = arith.extsi %x : i8 to i32
  %2 = arith.trunci %c : i32 to i8
  %3 = arith.trunci %c : i32 to i16
  %d = arith.trunci %z : i64 to i32
  %e = arith.trunci %d : i32 to i16
  %f = arith.extsi %e : i16 to i32
  %g = arith.trunci %y : i32 to i16
  %4 = arith.trunci %g : i16 to i8
  %h = arith.extui %x : i8 to i16
  %5 = arith.extsi %h : i16 to i64
  return %0, %1, %2, %3, %f, %4, %5 : i64, i64, i8, i16, i32, i8, i64
}

func.func @float_chains(%x: f16, %y: f64) -> (f64, f16, f32) {
  %a = arith.extf %x : f16 to f32
  %0 = arith.extf %a : f32 to f64
  %b = arith.extf %x : f16 to f32
  %1 = arith.truncf %b : f32 to f16
  %c = arith.truncf %y : f64 to f32
  return %0, %1, %c : f64, f16, f32
}

func.func @index_roundtrip(%i: index) -> index {
  %a = arith.index_cast %i : index to i64
  %b = arith.index_cast %a : i64 to index
  return %b : index
}
