func.func @f(%x: i32) -> i32 {
  %0 = "tst.a"() : () -> i32
  %c1 = arith.constant 1 : i32
  %1 = arith.addi %0, %c1 : i32
  %cst = arith.constant 2.0 : f32
  %2 = "tst.b"(%cst) : (f32) -> i32
  %3 = arith.muli %1, %2 : i32
  return %3 : i32
}
