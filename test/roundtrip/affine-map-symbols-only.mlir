"tst.op"() {a = affine_map<()[s0] -> (s0)>, b = affine_map<()[s0, s1] -> (s0 * s1)>, c = affine_map<(d0)[s0] -> (d0 * s0)>, d = affine_map<()[s0] -> (s0 floordiv 2, s0 mod 2)>} : () -> ()
