// FLAGS: -mlir-print-debuginfo
// OPTIONS: enable-patterns=NoSuchPattern
// Hoisted and merged constants lose their location (unknown); others keep theirs.
func.func @f(%arg0: i32, %cond: i1) -> i32 {
  %0 = "tst.op"(%arg0) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %c9 = arith.constant 9 : i32
  %c9_0 = arith.constant 9 : i32
  %1 = scf.if %cond -> (i32) {
    %c4 = arith.constant 4 : i32
    scf.yield %c4 : i32
  } else {
    scf.yield %c1 : i32
  }
  "tst.use"(%0, %1, %c9, %c9_0) : (i32, i32, i32, i32) -> ()
  return %1 : i32
}
