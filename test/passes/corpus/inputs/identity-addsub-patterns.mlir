// PIPELINES: -canonicalize ; -canonicalize -cse
// Re-association of add/sub with constants (AddIAddConstant and friends).
func.func @reassoc(%x: i32) -> (i32, i32, i32, i32, i32, i32, i32) {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %a = arith.addi %x, %c3 : i32
  %0 = arith.addi %a, %c5 : i32
  %b = arith.subi %x, %c3 : i32
  %1 = arith.addi %b, %c5 : i32
  %c = arith.subi %c3, %x : i32
  %2 = arith.addi %c, %c5 : i32
  %d = arith.addi %x, %c3 : i32
  %3 = arith.subi %d, %c5 : i32
  %e = arith.addi %x, %c3 : i32
  %4 = arith.subi %c5, %e : i32
  %f = arith.subi %x, %c3 : i32
  %5 = arith.subi %f, %c5 : i32
  %g = arith.subi %c3, %x : i32
  %6 = arith.subi %c5, %g : i32
  return %0, %1, %2, %3, %4, %5, %6 : i32, i32, i32, i32, i32, i32, i32
}

func.func @mul_chain(%x: index) -> index {
  %c2 = arith.constant 2 : index
  %c8 = arith.constant 8 : index
  %a = arith.muli %x, %c2 : index
  %0 = arith.muli %a, %c8 : index
  return %0 : index
}

func.func @sub_of_add(%x: i64, %y: i64) -> (i64, i64) {
  %a = arith.addi %x, %y : i64
  %0 = arith.subi %a, %y : i64
  %1 = arith.subi %a, %x : i64
  return %0, %1 : i64, i64
}
