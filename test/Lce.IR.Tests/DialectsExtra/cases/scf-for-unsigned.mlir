func.func @u(%lb: i32, %ub: i32, %s: i32) {
  scf.for unsigned %i = %lb to %ub step %s : i32 {
    "test.use"(%i) : (i32) -> ()
  } {tag.loop = "outer"}
  scf.for %j = %lb to %ub step %s : i32 {
  }
  return
}
