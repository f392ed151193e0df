func.func @f() {
  %a = arith.constant 42 : i32
  %b = arith.constant -7 : i64
  %c = arith.constant 0 : index
  %d = arith.constant 1 : index
  %e = arith.constant true
  %f = arith.constant false
  %g = arith.constant -128 : i8
  %h = arith.constant 1000000000000 : i64
  %i = arith.constant 1.0 : f32
  %j = arith.constant dense<1> : vector<4xi32>
  %k = arith.constant 255 : i8
  %l = arith.constant 3 : i17
  "tst.use"(%a, %b, %c, %d, %e, %f, %g, %h, %i, %j, %k, %l) : (i32, i64, index, index, i1, i1, i8, i64, f32, vector<4xi32>, i8, i17) -> ()
  return
}
