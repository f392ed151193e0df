"tst.op"() {a = "abc} : () -> ()
