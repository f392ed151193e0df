"tst.op"() {a = dense<7> : tensor<200xi32>, b = dense<1.5> : tensor<4x4xf32>, c = dense<true> : tensor<3xi1>, d = dense<0> : tensor<i8>, e = dense<-1> : vector<4xi64>} : () -> ()
"tst.op"() {a = dense<[1, 1, 1]> : tensor<3xi32>, b = dense<[[2.0, 2.0], [2.0, 2.0]]> : tensor<2x2xf64>, c = dense<[false, false]> : tensor<2xi1>} : () -> ()
