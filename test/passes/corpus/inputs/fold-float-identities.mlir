// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// Float identities that are exact (x + -0.0, x * 1.0, x / 1.0, x - 0.0, -(-x)) and
// ones that are not (x + 0.0 without nsz, x * 0.0).
func.func @identities(%x: f32) -> (f32, f32, f32, f32, f32, f32, f32, f32) {
  %pz = arith.constant 0.0 : f32
  %nz = arith.constant -0.0 : f32
  %one = arith.constant 1.0 : f32
  %0 = arith.addf %x, %nz : f32
  %1 = arith.addf %x, %pz : f32
  %2 = arith.subf %x, %pz : f32
  %3 = arith.subf %x, %nz : f32
  %4 = arith.mulf %x, %one : f32
  %5 = arith.divf %x, %one : f32
  %n = arith.negf %x : f32
  %6 = arith.negf %n : f32
  %7 = arith.mulf %x, %pz : f32
  return %0, %1, %2, %3, %4, %5, %6, %7 : f32, f32, f32, f32, f32, f32, f32, f32
}

func.func @nsz(%x: f64) -> (f64, f64) {
  %pz = arith.constant 0.0 : f64
  %0 = arith.addf %x, %pz fastmath<nsz> : f64
  %1 = arith.addf %pz, %x : f64
  return %0, %1 : f64, f64
}

func.func @neg_mul(%x: f32, %y: f32) -> f32 {
  %a = arith.negf %x : f32
  %b = arith.negf %y : f32
  %0 = arith.mulf %a, %b : f32
  return %0 : f32
}
