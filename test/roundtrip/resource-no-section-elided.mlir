"tst.a"() {r = dense_resource<__elided__> : tensor<2xi32>} : () -> ()
