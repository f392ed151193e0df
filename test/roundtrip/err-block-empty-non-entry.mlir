"tst.region"() ({
  "tst.br"()[^bb1] : () -> ()
^bb1:
}) : () -> ()
