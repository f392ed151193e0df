func.func @n(%lb: index, %ub: index, %c: i1) -> index {
  %r = scf.for %i = %lb to %ub step %lb iter_args(%acc = %lb) -> (index) {
    %v = scf.if %c -> (index) {
      scf.for %j = %lb to %ub step %lb {
        %t = arith.addi %i, %j : index
      }
      scf.yield %i : index
    } else {
      scf.yield %acc : index
    }
    scf.yield %v : index
  }
  return %r : index
}
