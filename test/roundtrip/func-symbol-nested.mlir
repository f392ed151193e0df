module @outer {
  module @inner {
    func.func @f() {
      return
    }
  }
  func.func @g() {
    "tst.ref"() {r = @inner::@f} : () -> ()
    return
  }
}
