// PIPELINES: -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize,cse))
// bf16 folding rounds results to bfloat precision.
func.func @bf16_ops() -> (bf16, bf16, bf16, bf16, bf16) {
  %a = arith.constant 1.0 : bf16
  %b = arith.constant 0.01 : bf16
  %0 = arith.addf %a, %b : bf16
  %1 = arith.mulf %b, %b : bf16
  %2 = arith.divf %a, %b : bf16
  %c = arith.constant 256.0 : bf16
  %3 = arith.addf %c, %a : bf16
  %4 = arith.maximumf %a, %b : bf16
  return %0, %1, %2, %3, %4 : bf16, bf16, bf16, bf16, bf16
}
