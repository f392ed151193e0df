"tst.a"() {d = distinct[0]<affine_map<(d0) -> (d0 + 1)>>, m = affine_map<(d0) -> (d0 + 2)>} : () -> ()
"tst.b"() {e = distinct[1]<[affine_map<(d0) -> (d0 + 3)>, loc("x":1:1)]>} : () -> ()
