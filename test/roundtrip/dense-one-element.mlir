"tst.op"() {a = dense<[255]> : tensor<1xui8>, b = dense<[[3]]> : tensor<1x1xi32>, c = dense<[1.0]> : vector<1xf32>, d = dense<5> : tensor<1xi16>, e = dense<[true]> : tensor<1xi1>} : () -> ()
