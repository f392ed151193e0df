module {
  %0 = "tst.a"() : () -> i32
  "tst.b"(%0) : (i32) -> ()
}
