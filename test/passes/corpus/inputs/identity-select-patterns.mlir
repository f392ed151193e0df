// PIPELINES: -canonicalize ; -cse
// select canonicalizations: nested selects on the same condition, select to extui, not-condition.
func.func @nested(%c: i1, %a: i32, %b: i32, %d: i32) -> (i32, i32) {
  %inner = arith.select %c, %a, %b : i32
  %0 = arith.select %c, %inner, %d : i32
  %inner2 = arith.select %c, %a, %b : i32
  %1 = arith.select %c, %d, %inner2 : i32
  return %0, %1 : i32, i32
}

func.func @to_ext(%c: i1) -> (i32, i32) {
  %one = arith.constant 1 : i32
  %zero = arith.constant 0 : i32
  %0 = arith.select %c, %one, %zero : i32
  %1 = arith.select %c, %zero, %one : i32
  return %0, %1 : i32, i32
}

func.func @not_cond(%c: i1, %a: f32, %b: f32) -> f32 {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  %0 = arith.select %n, %a, %b : f32
  return %0 : f32
}

func.func @select_cmp_same(%a: i32, %b: i32) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %c = arith.cmpi sgt, %a, %b : i32
  %0 = arith.select %c, %c, %f : i1
  %1 = arith.select %c, %t, %c : i1
  return %0, %1 : i1, i1
}
