// PIPELINES: -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize))
// cmpi with every predicate on constants (signed vs unsigned views of -1 and 1).
func.func @cmpi_all() -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %m = arith.constant -1 : i32
  %o = arith.constant 1 : i32
  %0 = arith.cmpi eq, %m, %o : i32
  %1 = arith.cmpi ne, %m, %o : i32
  %2 = arith.cmpi slt, %m, %o : i32
  %3 = arith.cmpi sle, %m, %o : i32
  %4 = arith.cmpi sgt, %m, %o : i32
  %5 = arith.cmpi sge, %m, %o : i32
  %6 = arith.cmpi ult, %m, %o : i32
  %7 = arith.cmpi ule, %m, %o : i32
  %8 = arith.cmpi ugt, %m, %o : i32
  %9 = arith.cmpi uge, %m, %o : i32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}

func.func @cmpi_widths() -> (i1, i1, i1, i1) {
  %a = arith.constant 5 : index
  %b = arith.constant 5 : index
  %0 = arith.cmpi uge, %a, %b : index
  %c = arith.constant 170141183460469231731687303715884105727 : i128
  %d = arith.constant -170141183460469231731687303715884105728 : i128
  %1 = arith.cmpi sgt, %c, %d : i128
  %2 = arith.cmpi ugt, %c, %d : i128
  %t = arith.constant true
  %f = arith.constant false
  %3 = arith.cmpi slt, %t, %f : i1
  return %0, %1, %2, %3 : i1, i1, i1, i1
}
