"tst.graph"() ({
  "tst.use"(%later) : (i32) -> ()
  %later = "tst.def"() : () -> i32
  "tst.t"() : () -> ()
}) : () -> ()
