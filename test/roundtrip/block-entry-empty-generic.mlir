"tst.region"() ({
^bb0:
  "tst.ret"() : () -> ()
}) : () -> ()
"tst.empty_block"() ({
^bb0:
}) : () -> ()
"tst.empty_block_args"() ({
^bb0(%a: i32):
}) : () -> ()
