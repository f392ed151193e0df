// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// select folding: constant conditions, equal operands, boolean selects.
func.func @select_const(%a: i32, %b: i32) -> (i32, i32, i32) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.select %t, %a, %b : i32
  %1 = arith.select %f, %a, %b : i32
  %2 = arith.select %t, %a, %a : i32
  return %0, %1, %2 : i32, i32, i32
}

func.func @select_same(%c: i1, %a: f32) -> f32 {
  %0 = arith.select %c, %a, %a : f32
  return %0 : f32
}

func.func @select_bool(%c: i1, %x: i1) -> (i1, i1, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %0 = arith.select %c, %t, %f : i1
  %1 = arith.select %c, %f, %t : i1
  %2 = arith.select %c, %t, %x : i1
  %3 = arith.select %c, %x, %f : i1
  return %0, %1, %2, %3 : i1, i1, i1, i1
}

func.func @select_of_cmp(%a: i32, %b: i32) -> (i32, i32) {
  %eq = arith.cmpi eq, %a, %b : i32
  %0 = arith.select %eq, %a, %b : i32
  %ne = arith.cmpi ne, %a, %b : i32
  %1 = arith.select %ne, %a, %b : i32
  return %0, %1 : i32, i32
}

func.func @select_consts(%c: i1) -> (i32, i32) {
  %c1 = arith.constant 1 : i32
  %c0 = arith.constant 0 : i32
  %c7 = arith.constant 7 : i32
  %0 = arith.select %c, %c1, %c0 : i32
  %1 = arith.select %c, %c7, %c7 : i32
  return %0, %1 : i32, i32
}
