// PIPELINES: -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize,cse))
// muli folding with wrap-around at several widths.
func.func @mul() -> (i1, i8, i16, i32, i64, i128, index) {
  %t = arith.constant true
  %m1 = arith.muli %t, %t : i1
  %c16 = arith.constant 16 : i8
  %c17 = arith.constant 17 : i8
  %m8 = arith.muli %c16, %c17 : i8
  %c300 = arith.constant 300 : i16
  %c300b = arith.constant 300 : i16
  %m16 = arith.muli %c300, %c300b : i16
  %c-6 = arith.constant -6 : i32
  %c7 = arith.constant 7 : i32
  %m32 = arith.muli %c-6, %c7 : i32
  %p = arith.constant 4294967296 : i64
  %q = arith.constant 4294967297 : i64
  %m64 = arith.muli %p, %q : i64
  %h = arith.constant 18446744073709551616 : i128
  %m128 = arith.muli %h, %h : i128
  %i6 = arith.constant 6 : index
  %i7 = arith.constant 7 : index
  %mi = arith.muli %i6, %i7 : index
  return %m1, %m8, %m16, %m32, %m64, %m128, %mi : i1, i8, i16, i32, i64, i128, index
}
