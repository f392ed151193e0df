// OPTIONS: top-down=false
func.func @f(%arg0: i32, %cond: i1) -> (i32, i32) {
  %0 = "tst.op"(%arg0) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %c3 = arith.constant 3 : i32
  %c1_0 = arith.constant 1 : i32
  %2 = scf.if %cond -> (i32) {
    %c2 = arith.constant 2 : i32
    %c3_1 = arith.constant 3 : i32
    %3 = "tst.op"(%c2, %c3_1, %c1_0) : (i32, i32, i32) -> i32
    scf.yield %3 : i32
  } else {
    scf.yield %c3 : i32
  }
  "tst.use"(%c1) : (i32) -> ()
  return %0, %2 : i32, i32
}
