// PIPELINES: -canonicalize ; -cse
// Fastmath flags are kept on folded-away ops' users and distinguish ops for CSE.
func.func @fm(%x: f32, %y: f32) -> (f32, f32, f32, f32) {
  %0 = arith.addf %x, %y fastmath<fast> : f32
  %1 = arith.addf %x, %y : f32
  %2 = arith.addf %x, %y fastmath<fast> : f32
  %one = arith.constant 1.0 : f32
  %3 = arith.mulf %0, %one fastmath<nnan,ninf> : f32
  return %0, %1, %2, %3 : f32, f32, f32, f32
}

func.func @overflow_flags(%x: i32, %y: i32) -> (i32, i32, i32) {
  %0 = arith.addi %x, %y overflow<nsw> : i32
  %1 = arith.addi %x, %y : i32
  %2 = arith.addi %x, %y overflow<nsw> : i32
  return %0, %1, %2 : i32, i32, i32
}
