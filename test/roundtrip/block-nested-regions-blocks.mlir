"tst.outer"() ({
  "tst.br"()[^bb1] : () -> ()
^bb1:
  "tst.inner"() ({
    "tst.br"()[^bb1] : () -> ()
  ^bb1:
    "tst.br"()[^bb2] : () -> ()
  ^bb2:
    "tst.ret"() : () -> ()
  }) : () -> ()
  "tst.br"()[^bb2] : () -> ()
^bb2:
  "tst.ret"() : () -> ()
}) : () -> ()
