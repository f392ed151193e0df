// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// FLAGS: --allow-unregistered-dialect
// Nested scf.for loops with loop-invariant expressions and constant bounds.
func.func @nest(%a: index, %b: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c8 = arith.constant 8 : index
  scf.for %i = %c0 to %c8 step %c1 {
    %ab = arith.muli %a, %b : index
    scf.for %j = %c0 to %c8 step %c1 {
      %ab2 = arith.muli %a, %b : index
      %k = arith.addi %i, %j : index
      %l = arith.addi %k, %ab2 : index
      %c0b = arith.constant 0 : index
      %z = arith.addi %l, %c0b : index
      "tst.store"(%z, %ab) : (index, index) -> ()
    }
  }
  return
}

func.func @unit_inner(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
    scf.for %j = %c0 to %c1 step %c1 {
      "tst.body"(%i, %j) : (index, index) -> ()
    }
  }
  return
}
