"tst.op"() {a = affine_map<(d0) -> (d0)>, b = affine_map<(d0, d1) -> (d1, d0)>, c = affine_map<() -> (0)>, d = affine_map<(d0)[s0] -> (d0 + s0)>} : () -> ()
"tst.op"() {e = affine_map<(d0, d1)[s0, s1] -> (d0 * 2 + s0, d1 floordiv 4, d1 ceildiv 3, d0 mod 5)>, f = affine_map<(d0) -> ()>} : () -> ()
