// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// Integer identities with a non-constant operand.
func.func @identities(%x: i32) -> (i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32) {
  %c0 = arith.constant 0 : i32
  %c1 = arith.constant 1 : i32
  %cm1 = arith.constant -1 : i32
  %0 = arith.addi %x, %c0 : i32
  %1 = arith.subi %x, %c0 : i32
  %2 = arith.subi %x, %x : i32
  %3 = arith.muli %x, %c1 : i32
  %4 = arith.muli %x, %c0 : i32
  %5 = arith.andi %x, %x : i32
  %6 = arith.andi %x, %c0 : i32
  %7 = arith.andi %x, %cm1 : i32
  %8 = arith.ori %x, %x : i32
  %9 = arith.ori %x, %c0 : i32
  %10 = arith.ori %x, %cm1 : i32
  %11 = arith.xori %x, %x : i32
  %12 = arith.xori %x, %c0 : i32
  %13 = arith.divsi %x, %c1 : i32
  %14 = arith.divui %x, %c1 : i32
  %15 = arith.remui %x, %c1 : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15 : i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32, i32
}

func.func @zero_lhs(%x: i64) -> (i64, i64, i64) {
  %c0 = arith.constant 0 : i64
  %0 = arith.addi %c0, %x : i64
  %1 = arith.muli %c0, %x : i64
  %2 = arith.divui %c0, %x : i64
  return %0, %1, %2 : i64, i64, i64
}

func.func @double_xor(%x: i8, %y: i8) -> (i8, i8) {
  %a = arith.xori %x, %y : i8
  %0 = arith.xori %a, %y : i8
  %b = arith.subi %x, %y : i8
  %1 = arith.addi %b, %y : i8
  return %0, %1 : i8, i8
}
