func.func @f() {
  call @missing() : () -> ()
  return
}
