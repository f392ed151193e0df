"tst.op"() : () -> i32x
