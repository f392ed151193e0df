%0 = "tst.a"() {a = affine_map<(d0) -> (d0 + 3)>} : () -> memref<4xf32, affine_map<(d0) -> (d0 + 2)>>
"tst.b"(%0) ({
  "tst.inner"() {x = affine_map<(d0) -> (d0 + 1)>} : () -> ()
}) {b = affine_map<(d0) -> (d0 + 4)>} : (memref<4xf32, affine_map<(d0) -> (d0 + 2)>>) -> ()
