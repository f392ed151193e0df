// PIPELINES: '--pass-pipeline=builtin.module(canonicalize{max-iterations=1})' ; '--pass-pipeline=builtin.module(func.func(canonicalize{top-down=false}))' ; '--pass-pipeline=builtin.module(canonicalize{region-simplify=disabled max-num-rewrites=2})' ; '--pass-pipeline=builtin.module(func.func(canonicalize{test-convergence}))' ; --pass-pipeline=builtin.module(func.func(cse,canonicalize),symbol-dce)
// Canonicalizer options change how far rewriting gets.
func.func @many_steps(%x: i32, %c: i1) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %a = arith.addi %c1, %c2 : i32
  %b = arith.muli %a, %a : i32
  %d = arith.addi %x, %b : i32
  %e = arith.addi %d, %c1 : i32
  %f = arith.subi %e, %c2 : i32
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.br ^bb3(%f : i32)
^bb2:
  cf.br ^bb3(%f : i32)
^bb3(%v: i32):
  return %v : i32
}

func.func private @unused() {
  return
}
