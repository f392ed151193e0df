func.func @two(%lb: index, %ub: index, %a: i32, %b: i64) -> (i32, i64) {
  %r:2 = scf.for %i = %lb to %ub step %lb iter_args(%x = %a, %y = %b) -> (i32, i64) {
    scf.yield %x, %y : i32, i64
  }
  return %r#0, %r#1 : i32, i64
}
