"tst.a"() {m = affine_map<(d0) -> (d0 + 1)>, d = distinct[0]<{}>} : () -> tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
