"tst.op"() {l = loc("file.mlir":1:2), m = loc(unknown), n = loc("name")} : () -> ()
"tst.op"() {l = loc(callsite("a" at "b":1:1)), m = loc(fused["x":1:1, "y":2:2])} : () -> ()
