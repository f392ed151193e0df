// ARGS: -symbol-dce
module {
  func.func private @f() { return }
  func.func @g() {
    "tst.region"() ({
      "tst.yield"() : () -> ()
    }) : () -> ()
    return
  }
}
