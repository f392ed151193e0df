func.func @f(%a: f16, %b: bf16, %c: f64, %d: f80, %e: f128) {
  %0 = arith.addf %a, %a : f16
  %1 = arith.mulf %b, %b : bf16
  %2 = arith.divf %c, %c : f64
  %3 = arith.subf %d, %d : f80
  %4 = arith.negf %e : f128
  return
}
