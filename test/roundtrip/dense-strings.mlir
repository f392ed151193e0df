"tst.op"() {a = dense<["a", "b"]> : tensor<2x!foo.s>, b = dense<"x"> : tensor<4x!foo.s>, c = dense<["same", "same"]> : tensor<2x!foo.s>, d = dense<["q\"t", "\0A"]> : tensor<2x!foo.s>} : () -> ()
"tst.op"() {a = dense<[["a", "b"], ["c", "d"]]> : tensor<2x2x!foo.s>, b = dense<["one"]> : tensor<1x!foo.s>} : () -> ()
