func.func @d() {
  %0 = arith.constant "x" : i32
  return
}
