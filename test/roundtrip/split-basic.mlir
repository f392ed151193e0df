"tst.a"() : () -> ()
// -----
"tst.b"() : () -> ()
// -----
func.func @f() {
  return
}
