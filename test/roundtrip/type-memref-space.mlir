"tst.op"() : () -> (memref<4xf32, 1>, memref<4xf32, 0>, memref<4xf32, 7 : i32>, memref<4xf32, 3 : i64>, memref<?xf32, "shared">)
"tst.op"() : () -> (memref<4xf32, affine_map<(d0) -> (d0)>, 1>, memref<4xf32, affine_map<(d0) -> (d0)>, 0>)
"tst.op"() : () -> (memref<2xf32, {space = 1 : i64}>, memref<f32, 2>)
