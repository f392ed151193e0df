// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// addi/subi folding at every integer width, including wrap-around.
func.func @add_widths() -> (i1, i8, i32, i64, i128, index) {
  %t = arith.constant true
  %a1 = arith.addi %t, %t : i1
  %c100 = arith.constant 100 : i8
  %c50 = arith.constant 50 : i8
  %a8 = arith.addi %c100, %c50 : i8
  %c7 = arith.constant 7 : i32
  %c-9 = arith.constant -9 : i32
  %a32 = arith.addi %c7, %c-9 : i32
  %big = arith.constant 9223372036854775807 : i64
  %one = arith.constant 1 : i64
  %a64 = arith.addi %big, %one : i64
  %h = arith.constant 170141183460469231731687303715884105727 : i128
  %h1 = arith.constant 2 : i128
  %a128 = arith.addi %h, %h1 : i128
  %i3 = arith.constant 3 : index
  %i4 = arith.constant 4 : index
  %ai = arith.addi %i3, %i4 : index
  return %a1, %a8, %a32, %a64, %a128, %ai : i1, i8, i32, i64, i128, index
}

func.func @sub_widths() -> (i1, i8, i32, i64, i128, index) {
  %f = arith.constant false
  %t = arith.constant true
  %s1 = arith.subi %f, %t : i1
  %c-128 = arith.constant -128 : i8
  %c1 = arith.constant 1 : i8
  %s8 = arith.subi %c-128, %c1 : i8
  %c5 = arith.constant 5 : i32
  %c12 = arith.constant 12 : i32
  %s32 = arith.subi %c5, %c12 : i32
  %m = arith.constant -9223372036854775808 : i64
  %one = arith.constant 1 : i64
  %s64 = arith.subi %m, %one : i64
  %z = arith.constant 0 : i128
  %w = arith.constant 1 : i128
  %s128 = arith.subi %z, %w : i128
  %i3 = arith.constant 3 : index
  %i10 = arith.constant 10 : index
  %si = arith.subi %i3, %i10 : index
  return %s1, %s8, %s32, %s64, %s128, %si : i1, i8, i32, i64, i128, index
}

func.func @overflow_flags() -> i32 {
  %a = arith.constant 2147483647 : i32
  %b = arith.constant 1 : i32
  %r = arith.addi %a, %b overflow<nsw> : i32
  return %r : i32
}
