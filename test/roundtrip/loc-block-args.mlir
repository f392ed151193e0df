// FLAGS: --mlir-print-debuginfo
func.func @f(%a: i32 loc("args.mlir":1:14), %b: f32 loc("args.mlir":1:30)) -> i32 {
  return %a : i32 loc("args.mlir":2:3)
} loc("args.mlir":1:1)
"tst.r"() ({
^bb0(%x: i32 loc("blk.mlir":5:5)):
  "tst.t"() : () -> () loc("blk.mlir":6:6)
}) : () -> ()
