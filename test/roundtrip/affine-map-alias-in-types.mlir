%0 = "tst.a"() : () -> memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>
"tst.b"(%0) {m = affine_map<(d0, d1) -> (d1, d0)>, n = affine_map<(d0) -> (d0 * 2)>} : (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>) -> ()
