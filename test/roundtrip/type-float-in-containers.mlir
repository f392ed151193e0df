"tst.op"() : () -> (tensor<2xbf16>, vector<4xf8E4M3FN>, memref<3xf80>, complex<f16>, complex<bf16>, complex<f128>)
"tst.op"() {x = [f16, bf16, tf32], y = {k = f80}} : () -> ()
