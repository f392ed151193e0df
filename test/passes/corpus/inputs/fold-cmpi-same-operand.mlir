// PIPELINES: -canonicalize ; -cse
// cmpi of a value with itself folds per predicate; constants move to the right-hand side.
func.func @self(%x: i64) -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %0 = arith.cmpi eq, %x, %x : i64
  %1 = arith.cmpi ne, %x, %x : i64
  %2 = arith.cmpi slt, %x, %x : i64
  %3 = arith.cmpi sle, %x, %x : i64
  %4 = arith.cmpi sgt, %x, %x : i64
  %5 = arith.cmpi sge, %x, %x : i64
  %6 = arith.cmpi ult, %x, %x : i64
  %7 = arith.cmpi ule, %x, %x : i64
  %8 = arith.cmpi ugt, %x, %x : i64
  %9 = arith.cmpi uge, %x, %x : i64
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}

func.func @swap(%x: i32) -> (i1, i1, i1) {
  %c5 = arith.constant 5 : i32
  %0 = arith.cmpi slt, %c5, %x : i32
  %1 = arith.cmpi uge, %c5, %x : i32
  %2 = arith.cmpi eq, %c5, %x : i32
  return %0, %1, %2 : i1, i1, i1
}

func.func @bool_cmp(%p: i1) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.cmpi eq, %p, %t : i1
  %1 = arith.cmpi ne, %p, %f : i1
  return %0, %1 : i1, i1
}
