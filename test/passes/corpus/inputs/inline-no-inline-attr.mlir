// PIPELINES: -inline ; -inline -symbol-dce
// FLAGS: --allow-unregistered-dialect
// Calls marked no_inline are kept; a callee containing an unregistered op is not inlined
// (an op without an inliner interface is not legal to inline).
func.func private @marked(%x: i32) -> i32 {
  %r = arith.addi %x, %x : i32
  return %r : i32
}

func.func private @with_unknown(%x: i32) -> i32 {
  %r = "tst.compute"(%x) : (i32) -> i32
  return %r : i32
}

func.func @caller(%x: i32) -> (i32, i32, i32) {
  %a = call @marked(%x) {no_inline} : (i32) -> i32
  %b = call @marked(%x) : (i32) -> i32
  %c = call @with_unknown(%x) : (i32) -> i32
  return %a, %b, %c : i32, i32, i32
}
