func.func @f() {
  "tst.use"(%0) : (i32) -> ()
  %0 = "tst.def"() : () -> i32
  return
}
