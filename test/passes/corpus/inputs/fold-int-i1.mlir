// PIPELINES: -canonicalize ; -cse
// i1 arithmetic: every op on booleans, plus identities with true/false.
func.func @bools(%p: i1, %q: i1) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %a = arith.andi %p, %t : i1
  %b = arith.andi %p, %f : i1
  %c = arith.ori %p, %t : i1
  %d = arith.ori %p, %f : i1
  %e = arith.xori %p, %f : i1
  %g = arith.xori %p, %p : i1
  %h = arith.xori %p, %t : i1
  %i = arith.xori %h, %t : i1
  %j = arith.addi %t, %f : i1
  return %a, %b, %c, %d, %e, %g, %h, %i, %j : i1, i1, i1, i1, i1, i1, i1, i1, i1
}

func.func @bool_mul_div() -> (i1, i1, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %a = arith.muli %t, %f : i1
  %b = arith.divui %t, %t : i1
  %c = arith.maxsi %t, %f : i1
  %d = arith.maxui %t, %f : i1
  return %a, %b, %c, %d : i1, i1, i1, i1
}
