"tst.op"() {a = [distinct[5]<1 : i64>, distinct[2]<2 : i64>], b = {c = distinct[9]<[1, 2]>}} : () -> ()
"tst.op"() {x = distinct[2]<2 : i64>} : () -> ()
