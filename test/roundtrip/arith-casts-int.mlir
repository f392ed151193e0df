func.func @f(%a: i8, %b: i64, %i: index) {
  %0 = arith.extsi %a : i8 to i32
  %1 = arith.extui %a : i8 to i64
  %2 = arith.trunci %b : i64 to i16
  %3 = arith.index_cast %i : index to i32
  %4 = arith.index_cast %b : i64 to index
  %5 = arith.index_castui %i : index to i64
  %6 = arith.index_castui %a : i8 to index
  %7 = arith.bitcast %b : i64 to f64
  return
}
