"tst.op"() : () -> tensor<2xtensor<3xi8>>
