// FLAGS: --mlir-print-debuginfo
"tst.a"() {l = loc("shared.mlir":1:1)} : () -> () loc("shared.mlir":1:1)
"tst.b"() {l = loc("attr-only.mlir":9:9)} : () -> ()
