"tst.region"() ({
  "tst.br2"()[^a, ^a] : () -> ()
^a:
  "tst.br3"()[^b, ^b, ^b] : () -> ()
^b:
  "tst.ret"() : () -> ()
}) : () -> ()
