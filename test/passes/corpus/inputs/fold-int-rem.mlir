// PIPELINES: -canonicalize
// remsi/remui folding (sign follows the dividend); remainder by zero is left alone.
func.func @rem() -> (i32, i32, i32, i32, i8, i64, index, i32) {
  %c-7 = arith.constant -7 : i32
  %c3 = arith.constant 3 : i32
  %c-3 = arith.constant -3 : i32
  %r0 = arith.remsi %c-7, %c3 : i32
  %r1 = arith.remui %c-7, %c3 : i32
  %c7 = arith.constant 7 : i32
  %r2 = arith.remsi %c7, %c-3 : i32
  %r3 = arith.remsi %c-7, %c-3 : i32
  %b = arith.constant 200 : i8
  %b2 = arith.constant 7 : i8
  %r4 = arith.remui %b, %b2 : i8
  %l = arith.constant 123456789012345 : i64
  %l2 = arith.constant 1000 : i64
  %r5 = arith.remsi %l, %l2 : i64
  %i = arith.constant 17 : index
  %i2 = arith.constant 5 : index
  %r6 = arith.remui %i, %i2 : index
  %z = arith.constant 0 : i32
  %r7 = arith.remsi %c7, %z : i32
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : i32, i32, i32, i32, i8, i64, index, i32
}
