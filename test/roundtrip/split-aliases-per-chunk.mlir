"tst.a"() {m = affine_map<(d0) -> (d0 + 1)>} : () -> ()
// -----
"tst.b"() {m = affine_map<(d0) -> (d0 + 2)>, n = affine_map<(d0) -> (d0 + 1)>} : () -> ()
// -----
#shared = affine_map<(d0) -> (d0 * 5)>
"tst.c"() {m = #shared} : () -> ()
