"tst.op"() {s = affine_set<(d0) : (d0 >= 0)>, m = affine_map<(d0) -> (d0)>} : () -> ()
"tst.op"() {s = affine_set<(d0) : (d0 - 1 >= 0)>, m = affine_map<(d0) -> (d0 + 1)>} : () -> ()
