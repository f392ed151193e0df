"tst.op"() {a = affine_set<(d0) : (d0 >= 0)>, b = affine_set<(d0)[s0] : (d0 - s0 >= 0, d0 == 0)>, c = affine_set<() : (0 == 0)>} : () -> ()
"tst.op"() {d = affine_set<(d0, d1) : (d0 + d1 - 10 >= 0, -d0 + 5 >= 0)>, e = affine_set<(d0) : (d0 * 2 == 0)>} : () -> ()
