// PIPELINES: -canonicalize ; -cse ; -symbol-dce ; --pass-pipeline=builtin.module(func.func(cse))
// Unused pure ops (arith, constants, chains of them) are erased; returned values stay.
func.func @dead(%x: i32, %y: f64) -> i32 {
  %c1 = arith.constant 1 : i32
  %a = arith.addi %x, %c1 : i32
  %b = arith.muli %a, %a : i32
  %c = arith.cmpi slt, %b, %x : i32
  %d = arith.select %c, %a, %b : i32
  %f = arith.mulf %y, %y : f64
  %g = arith.fptosi %f : f64 to i32
  %h = arith.addi %x, %x : i32
  return %h : i32
}

func.func @all_dead() {
  %c = arith.constant 42 : i64
  %d = arith.constant 1.0 : f32
  %e = arith.addi %c, %c : i64
  return
}
