// PIPELINES: -canonicalize ; -cse
// Signed/unsigned/ceil/floor division folding; division by zero and INT_MIN / -1 stay.
func.func @div() -> (i32, i32, i32, i32, i32, i32, i32, i32) {
  %c-7 = arith.constant -7 : i32
  %c2 = arith.constant 2 : i32
  %c-2 = arith.constant -2 : i32
  %d0 = arith.divsi %c-7, %c2 : i32
  %d1 = arith.divui %c-7, %c2 : i32
  %d2 = arith.ceildivsi %c-7, %c2 : i32
  %d3 = arith.ceildivui %c-7, %c2 : i32
  %d4 = arith.floordivsi %c-7, %c2 : i32
  %d5 = arith.floordivsi %c-7, %c-2 : i32
  %d6 = arith.ceildivsi %c-7, %c-2 : i32
  %c7 = arith.constant 7 : i32
  %d7 = arith.floordivsi %c7, %c-2 : i32
  return %d0, %d1, %d2, %d3, %d4, %d5, %d6, %d7 : i32, i32, i32, i32, i32, i32, i32, i32
}

func.func @div_by_zero() -> (i32, i32, i32, i32, i32) {
  %c9 = arith.constant 9 : i32
  %c0 = arith.constant 0 : i32
  %a = arith.divsi %c9, %c0 : i32
  %b = arith.divui %c9, %c0 : i32
  %c = arith.ceildivsi %c9, %c0 : i32
  %d = arith.ceildivui %c9, %c0 : i32
  %e = arith.floordivsi %c9, %c0 : i32
  return %a, %b, %c, %d, %e : i32, i32, i32, i32, i32
}

func.func @div_overflow() -> (i8, i8, i8, i64) {
  %min = arith.constant -128 : i8
  %m1 = arith.constant -1 : i8
  %a = arith.divsi %min, %m1 : i8
  %b = arith.ceildivsi %min, %m1 : i8
  %c = arith.floordivsi %min, %m1 : i8
  %x = arith.constant 1000000000000 : i64
  %y = arith.constant 3 : i64
  %d = arith.divui %x, %y : i64
  return %a, %b, %c, %d : i8, i8, i8, i64
}

func.func @div_index_i128() -> (index, i128) {
  %a = arith.constant 100 : index
  %b = arith.constant 7 : index
  %q = arith.divui %a, %b : index
  %x = arith.constant -340282366920938463463374607431768211 : i128
  %y = arith.constant 1000 : i128
  %r = arith.divsi %x, %y : i128
  return %q, %r : index, i128
}
