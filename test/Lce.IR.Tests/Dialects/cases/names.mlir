func.func private @foo(i32) -> i32
func.func @f() {
  %f = func.constant @foo : (i32) -> i32
  %f2 = func.constant @foo : (i32) -> i32
  %c4 = arith.constant 4 : index
  %c4i = arith.constant 4 : i32
  %c = arith.constant dense<5> : vector<4xi32>
  %c2 = arith.constant 5.0 : f64
  %c3 = arith.constant -128 : i8
  %c5 = arith.constant 0 : i1
  %c6 = arith.constant 1000000000000 : i64
  %c7 = arith.constant 3 : index
  %c8 = arith.constant -3 : index
  return
}
