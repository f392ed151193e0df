// PIPELINES: -inline ; -inline -symbol-dce ; -symbol-dce -inline
// Public callees are inlined into their callers but kept; private callees whose uses were
// all inlined are removed by the inliner.
func.func @public_callee(%x: i32) -> i32 {
  %r = arith.muli %x, %x : i32
  return %r : i32
}

func.func private @private_callee(%x: i32) -> i32 {
  %r = arith.addi %x, %x : i32
  return %r : i32
}

func.func @caller(%x: i32) -> i32 {
  %a = call @public_callee(%x) : (i32) -> i32
  %b = call @private_callee(%a) : (i32) -> i32
  return %b : i32
}
