// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> () loc(fused["a.mlir":1:1, "b.mlir":2:2])
"tst.b"() : () -> () loc(fused<"meta">["a.mlir":1:1, "b.mlir":2:2])
"tst.c"() : () -> () loc(fused<{k = 1}>["a.mlir":1:1])
"tst.d"() : () -> () loc(fused["a.mlir":1:1])
"tst.e"() : () -> () loc(fused[])
"tst.f"() : () -> () loc(fused["a.mlir":1:1, "a.mlir":1:1])
