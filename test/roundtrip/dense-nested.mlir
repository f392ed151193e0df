"tst.op"() {a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>, b = dense<[[[1], [2]], [[3], [4]]]> : tensor<2x2x1xi32>, c = dense<[[1, 2, 3]]> : tensor<1x3xi16>} : () -> ()
"tst.op"() {a = dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>, b = dense<[[true, false], [false, true]]> : vector<2x2xi1>} : () -> ()
