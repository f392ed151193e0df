// FLAGS: --mlir-print-elementsattrs-with-hex-if-larger=4
"tst.op"() {a = dense<[1, 2, 3, 4]> : tensor<4xi32>, b = dense<[1, 2, 3, 4, 5]> : tensor<5xi32>, c = dense<[true, false, true, false, true]> : tensor<5xi1>, d = dense<1> : tensor<10xi32>} : () -> ()
"tst.op"() {e = dense<[1.0, 2.0, 3.0, 4.0, 5.0]> : tensor<5xf16>} : () -> ()
