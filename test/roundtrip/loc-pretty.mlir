// FLAGS: --mlir-print-debuginfo --mlir-pretty-debuginfo
"tst.a"() : () -> () loc("file.mlir":3:4)
"tst.b"() : () -> () loc(callsite("foo" at "x.mlir":1:2))
"tst.c"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
