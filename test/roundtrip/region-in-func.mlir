func.func @f(%arg: i32) -> i32 {
  %0 = "tst.wrap"(%arg) ({
  ^bb0(%in: i32):
    %1 = "tst.inner"(%in, %arg) : (i32, i32) -> i32
    "tst.yield"(%1) : (i32) -> ()
  }) : (i32) -> i32
  return %0 : i32
}
