func.func @c(%x: i32) {
  "tst.bar"(%x) : (i64) -> ()
  return
}
