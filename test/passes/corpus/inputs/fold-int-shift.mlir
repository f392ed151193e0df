// PIPELINES: -canonicalize ; -cse
// shli/shrsi/shrui folding; shift amounts >= the bit width are not folded.
func.func @shift() -> (i8, i8, i8, i32, i32, i32, i64, i128) {
  %a = arith.constant -16 : i8
  %s2 = arith.constant 2 : i8
  %r0 = arith.shli %a, %s2 : i8
  %r1 = arith.shrsi %a, %s2 : i8
  %r2 = arith.shrui %a, %s2 : i8
  %b = arith.constant 1 : i32
  %s31 = arith.constant 31 : i32
  %r3 = arith.shli %b, %s31 : i32
  %s32 = arith.constant 32 : i32
  %r4 = arith.shli %b, %s32 : i32
  %m = arith.constant -1 : i32
  %r5 = arith.shrui %m, %s32 : i32
  %c = arith.constant -4611686018427387904 : i64
  %s1 = arith.constant 1 : i64
  %r6 = arith.shrsi %c, %s1 : i64
  %d = arith.constant 1 : i128
  %s100 = arith.constant 100 : i128
  %r7 = arith.shli %d, %s100 : i128
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : i8, i8, i8, i32, i32, i32, i64, i128
}

func.func @shift_by_zero(%x: i32) -> (i32, i32, i32) {
  %z = arith.constant 0 : i32
  %a = arith.shli %x, %z : i32
  %b = arith.shrsi %x, %z : i32
  %c = arith.shrui %x, %z : i32
  return %a, %b, %c : i32, i32, i32
}
