// PIPELINES: -canonicalize ; -cse
// extsi/extui/trunci folding on constants, including i1 and i128.
func.func @int_casts() -> (i32, i32, i8, i8, i64, i64, i128, i1, i16) {
  %a = arith.constant -3 : i8
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.extui %a : i8 to i32
  %b = arith.constant 4660 : i32
  %2 = arith.trunci %b : i32 to i8
  %c = arith.constant -129 : i32
  %3 = arith.trunci %c : i32 to i8
  %t = arith.constant true
  %4 = arith.extsi %t : i1 to i64
  %5 = arith.extui %t : i1 to i64
  %d = arith.constant -1 : i64
  %6 = arith.extui %d : i64 to i128
  %e = arith.constant 3 : i32
  %7 = arith.trunci %e : i32 to i1
  %h = arith.constant 100000 : i128
  %8 = arith.trunci %h : i128 to i16
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : i32, i32, i8, i8, i64, i64, i128, i1, i16
}
