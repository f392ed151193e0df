// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> () loc("justname")
"tst.b"() : () -> () loc("named"("x.mlir":1:1))
"tst.c"() : () -> () loc("outer"("inner"("f.mlir":2:3)))
"tst.d"() : () -> () loc("with \"quote\"")
