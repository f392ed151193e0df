func.func @b(%x: i32) -> i64 {
  return %x : i32
}
