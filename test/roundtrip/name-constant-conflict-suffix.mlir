func.func @f() {
  %a = arith.constant 0 : index
  %b = arith.constant 0 : i32
  %c = arith.constant 0 : index
  %d = arith.constant 0 : i32
  %e = arith.constant 1 : index
  %f = arith.constant 1 : index
  %g = arith.constant 0 : index
  %h = arith.constant 0 : i32
  return
}
