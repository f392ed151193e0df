func.func @f() {
  "tst.use"(%nope) : (i32) -> ()
  return
}
