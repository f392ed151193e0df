// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// andi/ori/xori on constants of several widths.
func.func @bitwise() -> (i8, i8, i8, i32, i32, i32, i64, i128, index) {
  %a = arith.constant 0x5A : i8
  %b = arith.constant 0x0F : i8
  %x0 = arith.andi %a, %b : i8
  %x1 = arith.ori %a, %b : i8
  %x2 = arith.xori %a, %b : i8
  %c = arith.constant -1 : i32
  %d = arith.constant 1234 : i32
  %x3 = arith.andi %c, %d : i32
  %x4 = arith.ori %d, %d : i32
  %x5 = arith.xori %c, %d : i32
  %e = arith.constant 0x00FF00FF00FF00FF : i64
  %f = arith.constant 0x0F0F0F0F0F0F0F0F : i64
  %x6 = arith.xori %e, %f : i64
  %g = arith.constant 0xFFFFFFFFFFFFFFFF0000000000000000 : i128
  %h = arith.constant 0xFFFF : i128
  %x7 = arith.ori %g, %h : i128
  %i = arith.constant 12 : index
  %j = arith.constant 10 : index
  %x8 = arith.andi %i, %j : index
  return %x0, %x1, %x2, %x3, %x4, %x5, %x6, %x7, %x8 : i8, i8, i8, i32, i32, i32, i64, i128, index
}

func.func @bool_logic() -> (i1, i1, i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %a = arith.andi %t, %f : i1
  %o = arith.ori %t, %f : i1
  %x = arith.xori %t, %t : i1
  %y = arith.xori %f, %t : i1
  return %a, %o, %x, %y : i1, i1, i1, i1
}
