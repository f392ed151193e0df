// ARGS: -canonicalize
func.func @int_casts(%x: i8, %y: i32, %i: index) -> (i64, i64, i16, i8, i8, i64, index, i32, i16, i16) {
  %a = arith.extui %x : i8 to i16
  %0 = arith.extui %a : i16 to i64
  %b = arith.extsi %x : i8 to i16
  %1 = arith.extsi %b : i16 to i64
  %e = arith.extui %x : i8 to i32
  %2 = arith.trunci %e : i32 to i16
  %3 = arith.trunci %e : i32 to i8
  %t = arith.trunci %y : i32 to i16
  %4 = arith.trunci %t : i16 to i8
  %u = arith.extui %x : i8 to i16
  %5 = arith.extsi %u : i16 to i64
  %c = arith.index_cast %i : index to i32
  %6 = arith.index_cast %c : i32 to index
  %s = arith.extsi %x : i8 to i32
  %7 = arith.index_cast %s : i32 to index
  %8 = arith.index_cast %7 : index to i32
  %w = arith.extsi %y : i32 to i64
  %9 = arith.trunci %w : i64 to i16
  %v = arith.extui %t : i16 to i32
  %10 = arith.trunci %v : i32 to i16
  return %0, %1, %2, %3, %4, %5, %6, %8, %9, %10 : i64, i64, i16, i8, i8, i64, index, i32, i16, i16
}

func.func @index_castui(%i: index, %x: i16) -> (index, index, i64) {
  %c = arith.index_castui %i : index to i64
  %0 = arith.index_castui %c : i64 to index
  %e = arith.extui %x : i16 to i32
  %1 = arith.index_castui %e : i32 to index
  %n = arith.index_castui %i : index to i8
  %2 = arith.index_castui %0 : index to i64
  return %0, %1, %2 : index, index, i64
}

func.func @trunc_ext(%x: i8, %y: i64) -> (i16, i16, i32) {
  %s = arith.extsi %x : i8 to i64
  %0 = arith.trunci %s : i64 to i16
  %u = arith.extui %x : i8 to i64
  %1 = arith.trunci %u overflow<nuw> : i64 to i16
  %c32 = arith.constant 32 : i64
  %sh = arith.shrsi %y, %c32 : i64
  %2 = arith.trunci %sh overflow<nsw> : i64 to i32
  return %0, %1, %2 : i16, i16, i32
}

func.func @trunc_shr_vector(%y: vector<2xi64>) -> (vector<2xi32>, vector<2xi32>) {
  %c = arith.constant dense<32> : vector<2xi64>
  %sh = arith.shrsi %y, %c : vector<2xi64>
  %0 = arith.trunci %sh : vector<2xi64> to vector<2xi32>
  %d = arith.constant dense<16> : vector<2xi64>
  %sh2 = arith.shrsi %y, %d : vector<2xi64>
  %1 = arith.trunci %sh2 : vector<2xi64> to vector<2xi32>
  return %0, %1 : vector<2xi32>, vector<2xi32>
}

func.func @bitcasts(%x: i32, %f: f32) -> (f32, i32, i32) {
  %a = arith.bitcast %x : i32 to f32
  %b = arith.bitcast %a : f32 to i32
  %0 = arith.bitcast %b : i32 to f32
  %1 = arith.bitcast %f : f32 to i32
  %k = arith.constant 1.0 : f32
  %2 = arith.bitcast %k : f32 to i32
  return %0, %1, %2 : f32, i32, i32
}

func.func @float_casts(%x: f16, %y: f64, %i: i32, %u: i16) -> (f32, f16, f64, f32, f32, bf16, f32, f64) {
  %e = arith.extf %x : f16 to f64
  %0 = arith.truncf %e : f64 to f32
  %1 = arith.truncf %e : f64 to f16
  %t = arith.truncf %y fastmath<contract> : f64 to f32
  %2 = arith.extf %t fastmath<contract> : f32 to f64
  %s = arith.sitofp %i : i32 to f64
  %3 = arith.truncf %s : f64 to f32
  %v = arith.uitofp %u : i16 to f64
  %4 = arith.truncf %v : f64 to f32
  %b = arith.extf %x : f16 to f32
  %5 = arith.truncf %b : f32 to bf16
  %r = arith.sitofp %i : i32 to f64
  %6 = arith.truncf %r downward : f64 to f32
  %t2 = arith.truncf %y : f64 to f32
  %7 = arith.extf %t2 fastmath<contract> : f32 to f64
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f16, f64, f32, f32, bf16, f32, f64
}
