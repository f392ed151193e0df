"tst.op"() {u} : () -> ()
"tst.op"() {a, b, c = unit, d = [unit, unit], e = {f}} : () -> ()
"tst.op"() {"quoted unit", z} : () -> ()
