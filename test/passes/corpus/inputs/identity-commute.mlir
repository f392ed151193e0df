// PIPELINES: -canonicalize ; -cse ; -cse -canonicalize
// Constants move to the right of commutative ops, so equivalent ops become identical.
func.func @commute(%x: i32, %y: f32) -> (i32, i32, i32, i32, i32, f32, f32, i32) {
  %c4 = arith.constant 4 : i32
  %0 = arith.addi %c4, %x : i32
  %1 = arith.muli %c4, %x : i32
  %2 = arith.andi %c4, %x : i32
  %3 = arith.ori %c4, %x : i32
  %4 = arith.xori %c4, %x : i32
  %f = arith.constant 2.0 : f32
  %5 = arith.addf %f, %y : f32
  %6 = arith.mulf %f, %y : f32
  %7 = arith.addi %x, %c4 : i32
  return %0, %1, %2, %3, %4, %5, %6, %7 : i32, i32, i32, i32, i32, f32, f32, i32
}

func.func @commute_minmax(%x: i16) -> (i16, i16, i16, i16) {
  %c = arith.constant 9 : i16
  %0 = arith.maxsi %c, %x : i16
  %1 = arith.minsi %c, %x : i16
  %2 = arith.maxui %c, %x : i16
  %3 = arith.minui %c, %x : i16
  return %0, %1, %2, %3 : i16, i16, i16, i16
}
