// A small function in the builtin, func and arith dialects. lce-opt parses it, verifies it
// and prints it back exactly as mlir-opt 22 prints it (add --mlir-print-op-generic for the
// generic form, --mlir-print-debuginfo for locations).
func.func @scale_and_shift(%x: f32, %scale: f32, %n: i32, %flag: i1) -> (f32, i32) {
  %c0 = arith.constant 0 : i32
  %c3 = arith.constant 3 : i32
  %bias = arith.constant 5.000000e-01 : f32
  %y = arith.mulf %x, %scale fastmath<fast> : f32
  %z = arith.addf %y, %bias : f32
  %r = arith.select %flag, %z, %y : f32
  %m = arith.muli %n, %c3 overflow<nsw> : i32
  %s = arith.addi %m, %c0 : i32
  %e = arith.extsi %s : i32 to i64
  %t = arith.trunci %e : i64 to i32
  return %r, %t : f32, i32
}

func.func private @external(tensor<2x?xf32>) -> tensor<*xf32>
