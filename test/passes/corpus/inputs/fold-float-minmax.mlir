// PIPELINES: -canonicalize ; -cse
// maximumf/minimumf propagate NaN and order -0 < +0; maxnumf/minnumf ignore NaN.
func.func @minmax() -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %nan = arith.constant 0x7FC00000 : f32
  %one = arith.constant 1.0 : f32
  %pz = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f32
  %0 = arith.maximumf %nan, %one : f32
  %1 = arith.minimumf %one, %nan : f32
  %2 = arith.maxnumf %nan, %one : f32
  %3 = arith.minnumf %one, %nan : f32
  %4 = arith.maximumf %pz, %nz : f32
  %5 = arith.minimumf %pz, %nz : f32
  %6 = arith.maxnumf %one, %pz : f32
  %7 = arith.minnumf %nz, %one : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @minmax_identities(%x: f32) -> (f32, f32, f32, f32, f32, f32) {
  %inf = arith.constant 0x7F800000 : f32
  %ninf = arith.constant 0xFF800000 : f32
  %0 = arith.maximumf %x, %x : f32
  %1 = arith.maximumf %x, %ninf : f32
  %2 = arith.minimumf %x, %inf : f32
  %3 = arith.maxnumf %x, %ninf : f32
  %4 = arith.minnumf %x, %inf : f32
  %5 = arith.minnumf %x, %x : f32
  return %0, %1, %2, %3, %4, %5 : f32, f32, f32, f32, f32, f32
}
