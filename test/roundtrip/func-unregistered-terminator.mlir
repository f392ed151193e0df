func.func @f() -> i32 {
  %0 = "tst.def"() : () -> i32
}
