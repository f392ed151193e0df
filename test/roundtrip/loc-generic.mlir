// FLAGS: --mlir-print-debuginfo
%0 = "tst.a"() : () -> i32 loc("g.mlir":1:1)
"tst.r"() ({
^bb0(%x: i32 loc("g.mlir":3:9)):
  "tst.t"() : () -> ()
}) : () -> () loc(fused["g.mlir":2:1, "h.mlir":1:1])
