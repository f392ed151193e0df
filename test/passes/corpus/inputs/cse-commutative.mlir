// PIPELINES: -cse ; -canonicalize -cse ; -cse -canonicalize
// Operand order of commutative ops and attribute differences in cse.
func.func @commutative(%x: i32, %y: i32) -> (i32, i32, i32, i32) {
  %a = arith.addi %x, %y : i32
  %b = arith.addi %y, %x : i32
  %c = arith.muli %x, %y : i32
  %d = arith.muli %y, %x : i32
  return %a, %b, %c, %d : i32, i32, i32, i32
}

func.func @predicates(%x: i32, %y: i32) -> (i1, i1, i1) {
  %a = arith.cmpi slt, %x, %y : i32
  %b = arith.cmpi slt, %x, %y : i32
  %c = arith.cmpi sgt, %y, %x : i32
  return %a, %b, %c : i1, i1, i1
}

func.func @types(%x: i32) -> (i64, i64, index) {
  %a = arith.extsi %x : i32 to i64
  %b = arith.extsi %x : i32 to i64
  %c = arith.index_cast %x : i32 to index
  return %a, %b, %c : i64, i64, index
}
