"tst.region"() ({
^entry(%c: i1):
  "tst.cond_br"(%c)[^a, ^b] : (i1) -> ()
^a:
  "tst.br"()[^join] : () -> ()
^b:
  "tst.br"()[^join] : () -> ()
^join:
  "tst.br"()[^join] : () -> ()
}) : () -> ()
