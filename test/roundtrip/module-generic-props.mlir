"builtin.module"() <{sym_name = "pm"}> ({
  "tst.x"() : () -> ()
}) {tst.attr} : () -> ()
