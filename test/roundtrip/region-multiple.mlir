%0 = "tst.if"() ({
  %a = "tst.v"() : () -> i32
  "tst.yield"(%a) : (i32) -> ()
}, {
  %b = "tst.v"() : () -> i32
  "tst.yield"(%b) : (i32) -> ()
}) {tag = "x"} : () -> i32
