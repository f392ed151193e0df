"tst.region"() ({
  "tst.ret"() : () -> ()
^dead:
  "tst.ret"() : () -> ()
^dead2(%x: i32):
  "tst.use"(%x) : (i32) -> ()
}) : () -> ()
