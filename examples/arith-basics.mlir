// A small function in the builtin, func and arith dialects. lce-opt parses it, verifies it
// and prints it back exactly as mlir-opt 22 prints it (add --mlir-print-op-generic for the
// generic form, --mlir-print-debuginfo for locations).
func.func @scale_and_clamp(%x: f32, %scale: f32, %n: i32) -> (f32, i1, i64) {
  %c0 = arith.constant 0 : i32
  %lo = arith.constant -1.0 : f32
  %hi = arith.constant 1.0 : f32
  %y = arith.mulf %x, %scale fastmath<fast> : f32
  %below = arith.cmpf olt, %y, %lo : f32
  %t = arith.select %below, %lo, %y : f32
  %above = arith.cmpf ogt, %t, %hi : f32
  %r = arith.select %above, %hi, %t : f32
  %pos = arith.cmpi sgt, %n, %c0 : i32
  %m = arith.muli %n, %n overflow<nsw> : i32
  %w = arith.extsi %m : i32 to i64
  return %r, %pos, %w : f32, i1, i64
}

func.func private @external(tensor<2x?xf32>) -> tensor<*xf32>
