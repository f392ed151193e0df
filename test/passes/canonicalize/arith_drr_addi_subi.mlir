// Arith DRR patterns (PDLL): addi/subi with constants, overflow flag merging.
func.func @add_add(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %0 = arith.addi %x, %c1 overflow<nsw, nuw> : i32
  %1 = arith.addi %0, %c2 overflow<nsw> : i32
  return %1 : i32
}
func.func @add_sub_rhs(%x: i64) -> i64 {
  %c5 = arith.constant 5 : i64
  %c7 = arith.constant 7 : i64
  %0 = arith.subi %x, %c5 overflow<nuw> : i64
  %1 = arith.addi %0, %c7 overflow<nuw> : i64
  return %1 : i64
}
func.func @add_sub_lhs(%x: index) -> index {
  %c5 = arith.constant 5 : index
  %c7 = arith.constant 7 : index
  %0 = arith.subi %c5, %x : index
  %1 = arith.addi %0, %c7 : index
  return %1 : index
}
func.func @add_mul_neg_one(%x: i32, %y: i32) -> (i32, i32) {
  %m1 = arith.constant -1 : i32
  %0 = arith.muli %y, %m1 : i32
  %1 = arith.addi %x, %0 : i32
  %2 = arith.muli %x, %m1 : i32
  %3 = arith.addi %2, %y : i32
  return %1, %3 : i32, i32
}
func.func @add_mul_neg_one_vector(%x: vector<4xi8>, %y: vector<4xi8>) -> vector<4xi8> {
  %m1 = arith.constant dense<-1> : vector<4xi8>
  %0 = arith.muli %y, %m1 : vector<4xi8>
  %1 = arith.addi %x, %0 : vector<4xi8>
  return %1 : vector<4xi8>
}
func.func @mul_mul(%x: i16) -> i16 {
  %c3 = arith.constant 3 : i16
  %c5 = arith.constant 5 : i16
  %0 = arith.muli %x, %c3 overflow<nsw> : i16
  %1 = arith.muli %0, %c5 overflow<nsw> : i16
  return %1 : i16
}
func.func @sub_add_rhs(%x: i32) -> i32 {
  %c9 = arith.constant 9 : i32
  %c4 = arith.constant 4 : i32
  %0 = arith.addi %x, %c9 overflow<nsw> : i32
  %1 = arith.subi %0, %c4 overflow<nsw> : i32
  return %1 : i32
}
func.func @sub_lhs_add(%x: i32) -> i32 {
  %c9 = arith.constant 9 : i32
  %c4 = arith.constant 4 : i32
  %0 = arith.addi %x, %c9 : i32
  %1 = arith.subi %c4, %0 : i32
  return %1 : i32
}
func.func @sub_sub(%x: i32) -> (i32, i32, i32, i32) {
  %c9 = arith.constant 9 : i32
  %c4 = arith.constant 4 : i32
  %0 = arith.subi %x, %c9 : i32
  %1 = arith.subi %0, %c4 : i32
  %2 = arith.subi %c9, %x : i32
  %3 = arith.subi %2, %c4 : i32
  %4 = arith.subi %x, %c4 : i32
  %5 = arith.subi %c9, %4 : i32
  %6 = arith.subi %c4, %x : i32
  %7 = arith.subi %c9, %6 : i32
  return %1, %3, %5, %7 : i32, i32, i32, i32
}
func.func @sub_sub_self(%a: i32, %b: i32, %v: vector<2xi32>, %w: vector<2xi32>) -> (i32, vector<2xi32>) {
  %0 = arith.subi %a, %b overflow<nsw> : i32
  %1 = arith.subi %0, %a overflow<nsw, nuw> : i32
  %2 = arith.subi %v, %w : vector<2xi32>
  %3 = arith.subi %2, %v : vector<2xi32>
  return %1, %3 : i32, vector<2xi32>
}
