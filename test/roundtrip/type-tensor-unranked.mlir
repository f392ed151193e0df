"tst.op"() : () -> (tensor<*xf32>, tensor<*xi1>, tensor<*xindex>, tensor<*xcomplex<f64>>, tensor<*x!foo.elt>)
%0 = "tst.op"() : () -> tensor<*xbf16>
"tst.use"(%0) : (tensor<*xbf16>) -> ()
