// ARGS: -canonicalize
func.func @identities(%x: f32, %y: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32) {
  %nz = arith.constant -0.0 : f32
  %pz = arith.constant 0.0 : f32
  %one = arith.constant 1.0 : f32
  %inf = arith.constant 0x7F800000 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.addf %x, %pz : f32
  %2 = arith.subf %x, %pz : f32
  %3 = arith.subf %x, %nz : f32
  %4 = arith.mulf %one, %x : f32
  %5 = arith.mulf %x, %pz : f32
  %6 = arith.mulf %x, %pz fastmath<nnan,nsz> : f32
  %7 = arith.divf %x, %one : f32
  %8 = arith.maximumf %x, %ninf : f32
  %9 = arith.minimumf %inf, %x : f32
  %10 = arith.maxnumf %x, %nan : f32
  %11 = arith.minnumf %nan, %x : f32
  %12 = arith.maximumf %x, %x : f32
  %n = arith.negf %x : f32
  %13 = arith.negf %n : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @neg_patterns(%x: f64, %y: f64, %v: vector<2xf32>, %w: vector<2xf32>) -> (f64, f64, vector<2xf32>) {
  %nx = arith.negf %x : f64
  %ny = arith.negf %y : f64
  %0 = arith.mulf %nx, %ny fastmath<fast> : f64
  %1 = arith.divf %nx, %ny : f64
  %nv = arith.negf %v : vector<2xf32>
  %nw = arith.negf %w : vector<2xf32>
  %2 = arith.mulf %nv, %nw : vector<2xf32>
  return %0, %1, %2 : f64, f64, vector<2xf32>
}

func.func @cmpf_nan(%x: f32) -> (i1, i1, i1, i1) {
  %nan = arith.constant 0x7FC00000 : f32
  %0 = arith.cmpf olt, %x, %nan : f32
  %1 = arith.cmpf uno, %nan, %x : f32
  %2 = arith.cmpf une, %x, %nan : f32
  %3 = arith.cmpf oeq, %x, %x : f32
  return %0, %1, %2, %3 : i1, i1, i1, i1
}

func.func @cmpf_int(%i: i16, %u: i16, %l: i64, %b: i8) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %fi = arith.sitofp %i : i16 to f32
  %fu = arith.uitofp %u : i16 to f32
  %fl = arith.sitofp %l : i64 to f32
  %fb = arith.uitofp %b : i8 to f16
  %c3 = arith.constant 3.0 : f32
  %c35 = arith.constant 3.5 : f32
  %cm35 = arith.constant -3.5 : f32
  %big = arith.constant 1.0e+10 : f32
  %nbig = arith.constant -1.0e+10 : f32
  %inf = arith.constant 0x7F800000 : f32
  %h = arith.constant 2.5e+2 : f16
  %hn = arith.constant -2.0 : f16
  %0 = arith.cmpf oeq, %fi, %c3 : f32
  %1 = arith.cmpf olt, %fi, %c35 : f32
  %2 = arith.cmpf ogt, %fi, %cm35 : f32
  %3 = arith.cmpf ule, %fu, %cm35 : f32
  %4 = arith.cmpf one, %fi, %c35 : f32
  %5 = arith.cmpf ueq, %fi, %c35 : f32
  %6 = arith.cmpf olt, %fi, %big : f32
  %7 = arith.cmpf ogt, %fu, %nbig : f32
  %8 = arith.cmpf oge, %fu, %c35 : f32
  %9 = arith.cmpf ord, %fi, %c3 : f32
  %10 = arith.cmpf uno, %fu, %c3 : f32
  %11 = arith.cmpf olt, %fl, %c3 : f32
  %12 = arith.cmpf olt, %fl, %big : f32
  %13 = arith.cmpf oge, %fb, %h : f16
  %14 = arith.cmpf ule, %fb, %hn : f16
  %15 = arith.cmpf ult, %fi, %inf : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}
