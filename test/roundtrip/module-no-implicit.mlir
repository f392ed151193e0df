// FLAGS: --no-implicit-module
module @m {
  "tst.a"() : () -> ()
}
