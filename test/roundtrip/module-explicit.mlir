module {
  "tst.a"() : () -> ()
}
