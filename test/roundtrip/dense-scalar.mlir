"tst.op"() {a = dense<5> : tensor<i32>, b = dense<1.0> : tensor<f32>, c = dense<true> : tensor<i1>, d = dense<3> : vector<index>, e = dense<(1, 2)> : tensor<complex<i8>>} : () -> ()
