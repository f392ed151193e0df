"tst.op"() {a = "s" : i32, b = "" : tensor<4xf32>, c = ["x" : i1, "y"]} : () -> ()
