"tst.op"() {a = @"with\"quote", b = @"tab\09", c = @"\E2\82\AC", d = @a$b.c_d} : () -> ()
