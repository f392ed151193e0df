"tst.op"() : () -> (memref<4xf32>, memref<?x4xf32>, memref<f32>, memref<0xi8>, memref<?x?x?xf64>)
"tst.op"() : () -> (memref<*xf32>, memref<*xi8, 1>, memref<*xf32, 0>, memref<*xf32, "gpu">)
"tst.op"() : () -> (memref<4xvector<4xf32>>, memref<2xcomplex<f32>>, memref<4xindex>, memref<2xmemref<4xf32>>)
