// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// index arithmetic, index_cast and index_castui folding.
func.func @index_math() -> (index, index, index, index, index) {
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  %c-1 = arith.constant -1 : index
  %a = arith.muli %c4, %c8 : index
  %b = arith.subi %a, %c8 : index
  %c = arith.divsi %b, %c-1 : index
  %d = arith.remsi %c, %c8 : index
  %e = arith.shli %c4, %c4 : index
  return %a, %b, %c, %d, %e : index, index, index, index, index
}

func.func @index_casts() -> (i32, i64, index, index, i8, i8) {
  %c-2 = arith.constant -2 : index
  %a = arith.index_cast %c-2 : index to i32
  %b = arith.index_castui %c-2 : index to i64
  %c300 = arith.constant -300 : i32
  %c = arith.index_cast %c300 : i32 to index
  %d = arith.index_castui %c300 : i32 to index
  %e = arith.index_cast %c-2 : index to i8
  %f = arith.index_castui %c-2 : index to i8
  return %a, %b, %c, %d, %e, %f : i32, i64, index, index, i8, i8
}

func.func @index_cast_chain(%x: i32) -> (i32, index) {
  %a = arith.index_cast %x : i32 to index
  %b = arith.index_cast %a : index to i32
  %c = arith.index_castui %b : i32 to index
  return %b, %c : i32, index
}
