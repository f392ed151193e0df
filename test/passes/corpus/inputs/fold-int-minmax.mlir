// PIPELINES: -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize))
// maxsi/maxui/minsi/minui folding; signedness matters for negative constants.
func.func @minmax() -> (i32, i32, i32, i32, i8, i8, index, i64) {
  %a = arith.constant -5 : i32
  %b = arith.constant 3 : i32
  %r0 = arith.maxsi %a, %b : i32
  %r1 = arith.maxui %a, %b : i32
  %r2 = arith.minsi %a, %b : i32
  %r3 = arith.minui %a, %b : i32
  %c = arith.constant 127 : i8
  %d = arith.constant -128 : i8
  %r4 = arith.maxsi %c, %d : i8
  %r5 = arith.minui %c, %d : i8
  %i = arith.constant 9 : index
  %j = arith.constant 4 : index
  %r6 = arith.minsi %i, %j : index
  %k = arith.constant 0 : i64
  %l = arith.constant -1 : i64
  %r7 = arith.maxui %k, %l : i64
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7 : i32, i32, i32, i32, i8, i8, index, i64
}

func.func @minmax_same(%x: i32) -> (i32, i32) {
  %a = arith.maxsi %x, %x : i32
  %b = arith.minui %x, %x : i32
  return %a, %b : i32, i32
}

func.func @minmax_extremes(%x: i32) -> (i32, i32, i32, i32, i32, i32) {
  %max = arith.constant 2147483647 : i32
  %min = arith.constant -2147483648 : i32
  %zero = arith.constant 0 : i32
  %ones = arith.constant -1 : i32
  %a = arith.maxsi %x, %max : i32
  %b = arith.maxsi %x, %min : i32
  %c = arith.minsi %x, %min : i32
  %d = arith.minsi %x, %max : i32
  %e = arith.maxui %x, %ones : i32
  %f = arith.minui %x, %zero : i32
  return %a, %b, %c, %d, %e, %f : i32, i32, i32, i32, i32, i32
}
