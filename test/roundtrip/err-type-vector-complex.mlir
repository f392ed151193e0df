"tst.op"() : () -> vector<2xcomplex<f64>>
