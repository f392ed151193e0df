"tst.op"() {a = dense<> : tensor<0xi32>, b = dense<> : tensor<0x4xf32>, c = dense<> : tensor<2x0xi1>, d = dense<[]> : tensor<0xi64>, e = dense<[[], []]> : tensor<2x0xi8>} : () -> ()
"tst.op"() {a = dense<0> : tensor<0xi32>, b = dense<1.0> : tensor<0xf32>, c = dense<> : tensor<0x!foo.s>} : () -> ()
