module @m attributes {tst.x = 1 : i32, a.b} {
  "tst.a"() : () -> ()
}
