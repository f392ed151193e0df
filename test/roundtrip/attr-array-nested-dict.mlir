"tst.op"() {a = [{}, {a = 1}, {b = [1, {c = 2 : i32}]}]} : () -> ()
"tst.op"() {a = [dense<1> : tensor<2xi32>, array<i32: 1>, affine_map<(d0) -> (d0)>]} : () -> ()
