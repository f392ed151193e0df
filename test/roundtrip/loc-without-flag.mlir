"tst.a"() : () -> () loc("file.mlir":3:4)
"tst.b"() : () -> () loc(callsite("foo" at "x.mlir":1:2))
func.func @f(%a: i32 loc("args.mlir":1:14)) {
  return loc("args.mlir":2:3)
}
