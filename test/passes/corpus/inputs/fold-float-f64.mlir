// PIPELINES: -canonicalize ; -cse
// f64 arithmetic folding and printing of folded values.
func.func @f64_ops() -> (f64, f64, f64, f64, f64, f64) {
  %a = arith.constant 0.1 : f64
  %b = arith.constant 0.2 : f64
  %0 = arith.addf %a, %b : f64
  %1 = arith.subf %a, %b : f64
  %2 = arith.mulf %a, %b : f64
  %3 = arith.divf %a, %b : f64
  %c = arith.constant 1.0e308 : f64
  %4 = arith.mulf %c, %c : f64
  %d = arith.constant -7.5 : f64
  %e = arith.constant 2.0 : f64
  %5 = arith.remf %d, %e : f64
  return %0, %1, %2, %3, %4, %5 : f64, f64, f64, f64, f64, f64
}

func.func @f64_neg() -> (f64, f64) {
  %z = arith.constant 0.0 : f64
  %0 = arith.negf %z : f64
  %x = arith.constant -3.25 : f64
  %1 = arith.negf %x : f64
  return %0, %1 : f64, f64
}
