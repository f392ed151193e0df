"tst.op"() {a = distinct[0]<{}>, b = distinct[1]<"x">, c = distinct[0]<{}>} : () -> ()
"tst.op"() {d = distinct[7]<42 : i32>, e = distinct[3]<unit>} : () -> ()
