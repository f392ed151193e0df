"tst.op"() {a = dense<[true, false, true, true]> : tensor<4xi1>, b = dense<[[true], [false]]> : tensor<2x1xi1>, c = dense<false> : tensor<10xi1>, d = dense<[1, 0]> : tensor<2xi1>} : () -> ()
"tst.op"() {a = dense<"0x05"> : tensor<3xi1>, b = dense<"0x01"> : tensor<1xi1>, c = dense<"0x00"> : tensor<2xi1>} : () -> ()
