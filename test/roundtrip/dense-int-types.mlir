"tst.op"() {a = dense<[1, -1]> : tensor<2xi8>, b = dense<[255, 0]> : tensor<2xui8>, c = dense<[-128, 127]> : tensor<2xsi8>, d = dense<[1, 2]> : tensor<2xindex>, e = dense<[65535, 1]> : tensor<2xi16>} : () -> ()
"tst.op"() {a = dense<[3, -4]> : tensor<2xi3>, b = dense<[1, 2]> : tensor<2xi17>, c = dense<[1, 18446744073709551616]> : tensor<2xi128>, d = dense<[0x10, 0x20]> : tensor<2xi32>} : () -> ()
