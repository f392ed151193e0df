// Duplicate constants are merged and moved to the entry block of the enclosing function;
// constants in nested regions are hoisted out of them.
func.func @dedup(%arg0: i32, %cond: i1) -> (i32, i32) {
  %0 = "tst.op"(%arg0) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %1 = "tst.op"(%0, %c1) : (i32, i32) -> i32
  %c1_0 = arith.constant 1 : i32
  %c2 = arith.constant 2 : i32
  %2 = scf.if %cond -> (i32) {
    %c1_1 = arith.constant 1 : i32
    %c3 = arith.constant 3 : i32
    %3 = "tst.op"(%c1_1, %c3, %c1_0) : (i32, i32, i32) -> i32
    scf.yield %3 : i32
  } else {
    %c2_2 = arith.constant 2 : i32
    scf.yield %c2_2 : i32
  }
  "tst.use"(%c2) : (i32) -> ()
  return %1, %2 : i32, i32
}

func.func @types(%arg0: index) -> (i64, i32, index, f32) {
  %a = arith.constant 7 : i64
  %b = arith.constant 7 : i32
  %c = arith.constant 7 : index
  %d = arith.constant 7.0 : f32
  %e = arith.constant 7 : i64
  "tst.use"(%a, %b, %c, %d, %e) : (i64, i32, index, f32, i64) -> ()
  return %e, %b, %c, %d : i64, i32, index, f32
}
