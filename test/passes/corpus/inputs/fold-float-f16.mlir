// PIPELINES: -canonicalize ; -cse
// f16 folding rounds results to half precision (overflow to inf).
func.func @f16_ops() -> (f16, f16, f16, f16, f16, f16) {
  %a = arith.constant 1.0 : f16
  %b = arith.constant 0.1 : f16
  %0 = arith.addf %a, %b : f16
  %1 = arith.mulf %b, %b : f16
  %2 = arith.divf %a, %b : f16
  %big = arith.constant 60000.0 : f16
  %3 = arith.addf %big, %big : f16
  %4 = arith.subf %b, %a : f16
  %5 = arith.negf %b : f16
  return %0, %1, %2, %3, %4, %5 : f16, f16, f16, f16, f16, f16
}
