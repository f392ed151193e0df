// OPTIONS: enable-patterns=NoSuchPattern
// Folded values become constants where the op was; the next iteration hoists and merges them.
// Constant operands of commutative ops move to the right (an in-place trait fold).
func.func @fold(%x: i32, %c: i1) -> (i32, i32, i32, i32) {
  %0 = "tst.op"(%x) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %1 = arith.addi %c1, %c2 : i32
  %2 = arith.addi %1, %c1 : i32
  %3 = arith.addi %x, %c1 : i32
  %4 = arith.addi %c2, %x : i32
  %5 = scf.if %c -> i32 {
    %c5 = arith.constant 5 : i32
    %6 = arith.addi %c5, %c2 : i32
    %7 = "tst.op"(%6) : (i32) -> i32
    scf.yield %7 : i32
  } else {
    %z = arith.constant 0 : i32
    %8 = arith.addi %x, %z : i32
    %9 = "tst.op"(%8, %3) : (i32, i32) -> i32
    scf.yield %9 : i32
  }
  %10 = arith.andi %x, %x : i32
  %11 = arith.ori %c2, %10 : i32
  return %2, %4, %5, %11 : i32, i32, i32, i32
}
