// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse ; -cse -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize,cse,canonicalize))
// Expressions that only become identical after folding (and vice versa).
func.func @f(%x: i32) -> (i32, i32, i32) {
  %c1 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %s = arith.addi %c1, %c2 : i32
  %a = arith.addi %x, %s : i32
  %b = arith.addi %x, %c3 : i32
  %m = arith.muli %a, %c1 : i32
  %d = arith.subi %m, %b : i32
  return %a, %b, %d : i32, i32, i32
}

func.func @g(%p: i1, %x: f32) -> (f32, f32) {
  %t = arith.constant true
  %n = arith.xori %p, %t : i1
  %nn = arith.xori %n, %t : i1
  %a = arith.select %nn, %x, %x : f32
  %z = arith.constant -0.0 : f32
  %b = arith.addf %x, %z : f32
  return %a, %b : f32, f32
}
