"tst.region"() ({
  "tst.br"()[^bb1] : () -> ()
^bb1:
  "tst.br"()[^bb2] : () -> ()
^bb2:
  "tst.ret"() : () -> ()
}) : () -> ()
