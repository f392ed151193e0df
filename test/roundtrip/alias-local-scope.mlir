// FLAGS: --mlir-print-local-scope
"tst.a"() {m = affine_map<(d0) -> (d0 + 1)>, s = affine_set<(d0) : (d0 >= 0)>, d = distinct[0]<{}>, l = loc("x":1:1)} : () -> ()
"tst.b"() : () -> (tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>, memref<4xf32, affine_map<(d0) -> (d0 * 2)>>)
