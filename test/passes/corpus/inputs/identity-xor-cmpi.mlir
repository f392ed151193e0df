// PIPELINES: -canonicalize ; -canonicalize -cse
// xori of a comparison with true inverts the predicate; cmpi of extended booleans.
func.func @invert(%a: i32, %b: i32) -> (i1, i1, i1, i1) {
  %t = arith.constant true
  %c0 = arith.cmpi slt, %a, %b : i32
  %0 = arith.xori %c0, %t : i1
  %c1 = arith.cmpi eq, %a, %b : i32
  %1 = arith.xori %c1, %t : i1
  %c2 = arith.cmpi uge, %a, %b : i32
  %2 = arith.xori %t, %c2 : i1
  %f0 = arith.constant 1.0 : f32
  %cf = arith.sitofp %a : i32 to f32
  %c3 = arith.cmpf olt, %cf, %f0 : f32
  %3 = arith.xori %c3, %t : i1
  return %0, %1, %2, %3 : i1, i1, i1, i1
}

func.func @ext_cmp(%p: i1) -> (i1, i1) {
  %e = arith.extui %p : i1 to i32
  %c0 = arith.constant 0 : i32
  %0 = arith.cmpi ne, %e, %c0 : i32
  %1 = arith.cmpi eq, %e, %c0 : i32
  return %0, %1 : i1, i1
}
