module attributes {z, a = "x"} {
  func.func private @f()
}
