"tst.op"() {a = affine_map<(d0) -> (d0 - d0 floordiv 2 * 2)>, b = affine_map<(d0, d1) -> (d1 + d0)>, c = affine_map<(d0) -> (d0 + 1 + 2)>, d = affine_map<(d0) -> (d0 * 1)>} : () -> ()
"tst.op"() {a = affine_map<(d0, d1) -> (d0 + d1 * -1)>, b = affine_map<(d0) -> (d0 + -3)>, c = affine_map<(d0) -> (2 * d0)>, d = affine_map<(d0) -> (d0 * 0 + 5)>, e = affine_map<(d0)[s0] -> (s0 + d0 * 3)>} : () -> ()
"tst.op"() {a = affine_map<(d0) -> (-d0)>, b = affine_map<(d0) -> ((d0 * 4) floordiv 2)>, c = affine_map<(d0) -> (d0 mod 1)>, d = affine_map<(d0, d1) -> (d0 * -2 + d1 * -3)>} : () -> ()
