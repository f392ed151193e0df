func.func @f(%a: i32, %b: i32, %c: i32) {
  "tst.r"() ({
  ^bb0(%d: i32, %e: i32):
    "tst.r"() ({
    ^bb0(%f: i32):
      "tst.t"(%a, %d, %f) : (i32, i32, i32) -> ()
    }) : () -> ()
    "tst.t"() : () -> ()
  }) : () -> ()
  "tst.r"() ({
  ^bb0(%d: i32):
    "tst.t"() : () -> ()
  }) : () -> ()
  return
}
