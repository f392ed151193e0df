"tst.op"() : () -> (memref<4xf32, strided<[1]>>, memref<4xf32, strided<[1], offset: ?>>, memref<4x4xf32, strided<[4, 1], offset: 0>>)
"tst.op"() : () -> (memref<4x4xf32, strided<[?, 1], offset: 5>>, memref<?x?xf32, strided<[?, ?], offset: ?>>, memref<2x3xf32, strided<[1, 4], offset: 0>>)
"tst.op"() : () -> (memref<4xf32, strided<[2], offset: 3>, 1>, memref<f32, strided<[], offset: 7>>, memref<f32, strided<[]>>)
