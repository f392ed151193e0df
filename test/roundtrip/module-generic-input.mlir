"builtin.module"() ({
  "tst.x"() : () -> ()
}) {sym_name = "gm"} : () -> ()
