%0 = "tst.const"() {value = dense<[1, 2, 3]> : tensor<3xi32>} : () -> tensor<3xi32>
%1 = "tst.const"() <{value = dense<[1.0, 2.0]> : vector<2xf32>}> : () -> vector<2xf32>
"tst.use"(%0, %1) {extra = dense<0> : tensor<2x2xi64>} : (tensor<3xi32>, vector<2xf32>) -> ()
