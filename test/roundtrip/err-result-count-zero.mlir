%z:0 = "tst.none"() : () -> ()
