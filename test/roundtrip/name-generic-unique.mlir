func.func @first(%a: i32) -> i32 {
  %0 = "tst.x"(%a) : (i32) -> i32
  %1 = "tst.x"(%0) : (i32) -> i32
  return %1 : i32
}
func.func @second(%a: i32, %b: i32) -> i32 {
  %0 = "tst.x"(%a, %b) : (i32, i32) -> i32
  return %0 : i32
}
func.func @third() {
  %0 = "tst.y"() : () -> i1
  return
}
