// FLAGS: --mlir-print-debuginfo --mlir-print-local-scope
"tst.a"() {m = affine_map<(d0) -> (d0)>} : () -> tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8> loc("file.mlir":3:4)
"tst.b"() {d = distinct[0]<unit>, e = distinct[1]<{}>} : () -> () loc(callsite("foo" at "x.mlir":1:2))
