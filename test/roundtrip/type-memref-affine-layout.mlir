"tst.op"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<8xf32, affine_map<(d0) -> (d0 + 2)>>)
"tst.op"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d0, d1)>>, memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>, 2>)
"tst.op"() : () -> (memref<16xf32, affine_map<(d0) -> (d0 floordiv 4, d0 mod 4)>>, memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>)
