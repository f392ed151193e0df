// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse -symbol-dce ; -inline
// scf regions inside cf blocks and cf inside scf.execute_region, with folding opportunities.
func.func private @sel(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  return %a : i32
^bb2:
  return %b : i32
}

func.func @mix(%c: i1, %x: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %r = scf.if %t -> i32 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  } else {
    scf.yield %x : i32
  }
  cf.br ^bb3(%r : i32)
^bb2:
  %e = scf.execute_region -> i32 {
    %v = func.call @sel(%c, %x, %x) : (i1, i32, i32) -> i32
    scf.yield %v : i32
  }
  cf.br ^bb3(%e : i32)
^bb3(%m: i32):
  return %m : i32
}
