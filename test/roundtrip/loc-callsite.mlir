// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> () loc(callsite("foo" at "x.mlir":1:2))
"tst.b"() : () -> () loc(callsite("a.mlir":1:1 at callsite("b.mlir":2:2 at "c.mlir":3:3)))
"tst.c"() : () -> () loc(callsite(unknown at "x.mlir":9:9))
