"tst.op"() : () -> (complex<f32>, complex<f64>, complex<i32>, complex<si8>, complex<ui16>, complex<i1>)
"tst.op"() {c = complex<bf16>, t = tensor<2xcomplex<f64>>, m = memref<2xcomplex<i8>>} : () -> ()
