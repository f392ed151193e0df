// PIPELINES: -inline ; '--pass-pipeline=builtin.module(inline{default-pipeline=})'
// A multi-block callee cannot be inlined into a single-block scf region; single-block
// callees can. The call inside scf.execute_region (multi-block allowed) is inlined.
func.func private @multi(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %a = arith.addi %x, %x : i32
  return %a : i32
^bb2:
  return %x : i32
}

func.func @in_if(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %v = func.call @multi(%c, %x) : (i1, i32) -> i32
    scf.yield %v : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}

func.func @in_execute_region(%c: i1, %x: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %v = func.call @multi(%c, %x) : (i1, i32) -> i32
    scf.yield %v : i32
  }
  return %r : i32
}
