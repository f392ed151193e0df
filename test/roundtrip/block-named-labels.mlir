"tst.region"() ({
  "tst.br"()[^exit] : () -> ()
^unused:
  "tst.br"()[^exit] : () -> ()
^exit:
  "tst.ret"() : () -> ()
}) : () -> ()
