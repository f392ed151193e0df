"tst.op"() {a = dense<[1.0, 2.5]> : tensor<2xf16>, b = dense<[0.1, -0.0]> : tensor<2xbf16>, c = dense<[1.0, 0x7FC00000]> : tensor<2xf32>, d = dense<[0.1, 1.0e100]> : tensor<2xf64>} : () -> ()
"tst.op"() {b = dense<[16777217.0, 0.5]> : tensor<2xf64>, c = dense<[0x7C00, 0x3C00]> : tensor<2xf16>} : () -> ()
