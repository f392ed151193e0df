"tst.op"() {a = true, b = false, c = [true, false, true], d = {x = true}} : () -> ()
"tst.op"() {a = 1 : i1, b = 0 : i1, c = -1 : i1, d = [1 : i1, 0 : i1]} : () -> ()
