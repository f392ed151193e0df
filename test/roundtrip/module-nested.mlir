module @a {
  module @b {
    module {
      "tst.x"() : () -> ()
    }
  }
  module attributes {tst.k} {
  }
}
