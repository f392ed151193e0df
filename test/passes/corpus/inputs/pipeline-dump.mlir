// PIPELINES: -canonicalize -cse --dump-pass-pipeline ; --pass-pipeline=builtin.module(func.func(cse,canonicalize)) --dump-pass-pipeline ; -inline --dump-pass-pipeline ; -symbol-dce -inline -cse --dump-pass-pipeline ; '--pass-pipeline=builtin.module(inline{default-pipeline=cse max-iterations=3},func.func(canonicalize{max-iterations=2 region-simplify=aggressive}))' --dump-pass-pipeline ; '--pass-pipeline=builtin.module(any(cse),func.func(canonicalize{top-down=false test-convergence}))' --dump-pass-pipeline ; '--pass-pipeline=builtin.module(inline{op-pipelines=func.func(cse,canonicalize)})' --dump-pass-pipeline
// --dump-pass-pipeline prints the canonical pipeline (to stderr) with all options.
func.func @f(%x: i32) -> i32 {
  %c0 = arith.constant 0 : i32
  %a = arith.addi %x, %c0 : i32
  return %a : i32
}
