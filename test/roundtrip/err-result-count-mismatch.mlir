%a:2 = "tst.one"() : () -> i32
