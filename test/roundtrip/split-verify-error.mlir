func.func @ok() -> i32 {
  %0 = arith.constant 1 : i32
  return %0 : i32
}
// -----
func.func @bad(%x: i32) -> i64 {
  return %x : i32
}
// -----
func.func @ok2() {
  return
}
