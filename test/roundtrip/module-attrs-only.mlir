module attributes {tst.z, tst.a = "x"} {
  func.func private @f()
}
