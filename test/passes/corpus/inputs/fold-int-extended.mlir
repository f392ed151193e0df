// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// Multi-result arithmetic: addui_extended, mulsi_extended, mului_extended.
func.func @extended() -> (i32, i1, i32, i32, i32, i32, i8, i1) {
  %a = arith.constant -1 : i32
  %b = arith.constant 2 : i32
  %sum, %ovf = arith.addui_extended %a, %b : i32, i1
  %lo, %hi = arith.mulsi_extended %a, %b : i32
  %ulo, %uhi = arith.mului_extended %a, %b : i32
  %c = arith.constant 100 : i8
  %d = arith.constant 27 : i8
  %s8, %o8 = arith.addui_extended %c, %d : i8, i1
  return %sum, %ovf, %lo, %hi, %ulo, %uhi, %s8, %o8 : i32, i1, i32, i32, i32, i32, i8, i1
}

func.func @extended_patterns(%x: i32) -> (i32, i32, i32, i1) {
  %z = arith.constant 0 : i32
  %one = arith.constant 1 : i32
  %lo, %hi = arith.mulsi_extended %x, %z : i32
  %ulo, %uhi = arith.mului_extended %x, %one : i32
  %s, %o = arith.addui_extended %x, %z : i32, i1
  return %hi, %uhi, %s, %o : i32, i32, i32, i1
}

func.func @extended_unused_high(%x: i32, %y: i32) -> i32 {
  %lo, %hi = arith.mulsi_extended %x, %y : i32
  return %lo : i32
}
