// PIPELINES: -canonicalize ; -cse
// cmpf with all 16 predicates on ordinary values and on NaN.
func.func @cmpf_all() -> (i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1) {
  %a = arith.constant 1.0 : f32
  %b = arith.constant 2.0 : f32
  %0 = arith.cmpf false, %a, %b : f32
  %1 = arith.cmpf oeq, %a, %b : f32
  %2 = arith.cmpf ogt, %a, %b : f32
  %3 = arith.cmpf oge, %a, %b : f32
  %4 = arith.cmpf olt, %a, %b : f32
  %5 = arith.cmpf ole, %a, %b : f32
  %6 = arith.cmpf one, %a, %b : f32
  %7 = arith.cmpf ord, %a, %b : f32
  %8 = arith.cmpf ueq, %a, %b : f32
  %9 = arith.cmpf ugt, %a, %b : f32
  %10 = arith.cmpf uge, %a, %b : f32
  %11 = arith.cmpf ult, %a, %b : f32
  %12 = arith.cmpf ule, %a, %b : f32
  %13 = arith.cmpf une, %a, %b : f32
  %14 = arith.cmpf uno, %a, %b : f32
  %15 = arith.cmpf true, %a, %b : f32
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14, %15 : i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1, i1
}

func.func @cmpf_nan() -> (i1, i1, i1, i1, i1, i1) {
  %nan = arith.constant 0x7FF8000000000000 : f64
  %a = arith.constant 1.0 : f64
  %0 = arith.cmpf oeq, %nan, %a : f64
  %1 = arith.cmpf une, %nan, %a : f64
  %2 = arith.cmpf ord, %nan, %a : f64
  %3 = arith.cmpf uno, %nan, %nan : f64
  %4 = arith.cmpf ult, %a, %nan : f64
  %5 = arith.cmpf olt, %a, %nan : f64
  return %0, %1, %2, %3, %4, %5 : i1, i1, i1, i1, i1, i1
}

func.func @cmpf_nonconst(%x: f32) -> (i1, i1, i1) {
  %0 = arith.cmpf false, %x, %x : f32
  %1 = arith.cmpf true, %x, %x : f32
  %2 = arith.cmpf oeq, %x, %x : f32
  return %0, %1, %2 : i1, i1, i1
}
