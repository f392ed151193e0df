"tst.op"() {a = dense<[(1.0, 2.0)]> : tensor<1xcomplex<f32>>, b = dense<[(1, 2), (3, 4)]> : tensor<2xcomplex<i32>>, c = dense<(0.5, -0.5)> : tensor<3xcomplex<f64>>} : () -> ()
"tst.op"() {a = dense<[[(1.0, 0.0), (0.0, 1.0)]]> : tensor<1x2xcomplex<f16>>, b = dense<[(1, 1), (1, 1)]> : tensor<2xcomplex<i8>>} : () -> ()
