// FLAGS: --mlir-print-debuginfo
"tst.a"() : () -> () loc("file.mlir":3:4)
"tst.b"() : () -> () loc("other/dir/x.mlir":100:200)
"tst.c"() : () -> () loc("file.mlir":3:4)
"tst.d"() : () -> ()
