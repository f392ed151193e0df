"tst.op"() {c = dense<"0x0000"> : tensor<4xi1>} : () -> ()
