"tst.op"() {a = dense<[1, 2, 3, 4]> : vector<4xi32>, b = dense<[[1.0, 2.0]]> : vector<1x2xf32>, c = dense<0> : vector<[4]xi32>, d = dense<1.0> : vector<f32>} : () -> ()
"tst.op"() {a = dense<[1, 2]> : tensor<2xi32, "enc">, b = dense<1> : tensor<4xi8, #foo.e>} : () -> ()
