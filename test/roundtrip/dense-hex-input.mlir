"tst.op"() {a = dense<"0x0100000002000000"> : tensor<2xi32>, b = dense<"0x01000000"> : tensor<4xi8>, c = dense<"0x0000803F00000040"> : tensor<2xf32>, d = dense<"0xFF"> : tensor<8xi1>} : () -> ()
"tst.op"() {a = dense<"0x05000000"> : tensor<3xi32>, b = dense<"0x0102030405060708"> : tensor<2x2xi16>} : () -> ()
