"tst.op"() : () -> (tensor<?xcomplex<f32>>, memref<?x2xcomplex<i8>>, tensor<1x!foo.bar<1>>)
"tst.op"() : () -> (tensor<2x?x?x2x?xf32>, tensor<1x2x3x4x5x6x7x8x9xi1>)
