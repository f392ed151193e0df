func.func @"name with space"() {
  return
}
func.func private @"0digit"()
func.func @user() {
  call @"name with space"() : () -> ()
  call @"0digit"() : () -> ()
  return
}
