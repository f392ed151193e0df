"tst.region"() ({
  "tst.switch"()[^a, ^b, ^c, ^d] : () -> ()
^d:
  "tst.br"()[^a] : () -> ()
^c:
  "tst.br"()[^a] : () -> ()
^b:
  "tst.br"()[^a] : () -> ()
^a:
  "tst.ret"() : () -> ()
}) : () -> ()
