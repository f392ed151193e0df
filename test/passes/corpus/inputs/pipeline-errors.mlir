// PIPELINES: --pass-pipeline=builtin.module(bogus) ; --pass-pipeline=func.func(cse) ; '--pass-pipeline=builtin.module(canonicalize{max-iterations=x})' ; --pass-pipeline=builtin.module(func.func(cse) ; '--pass-pipeline=builtin.module(cse{unknown-opt=1})' ; -cse --pass-pipeline=builtin.module(cse) ; --pass-pipeline=builtin.module(func.func(symbol-dce))
// REJECTED ON PURPOSE: malformed or invalid pipelines, each with MLIR's diagnostic.
func.func @f(%x: i32) -> i32 {
  return %x : i32
}
