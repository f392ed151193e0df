"tst.a"() {m = affine_map<(d0) -> (d0 + 1)>} : () -> ()
"tst.b"() {m = affine_map<(d0) -> (d0 + 2)>, n = affine_map<(d0) -> (d0 + 1)>} : () -> ()
"tst.c"() {z = affine_map<(d0) -> (d0 + 3)>, a = affine_map<(d0) -> (d0 + 4)>} : () -> ()
