// Constants directly in modules (graph regions) and in nested modules are uniqued per module.
%c1 = arith.constant 1 : i32
"tst.use"(%c1) : (i32) -> ()
%c1_0 = arith.constant 1 : i32
"tst.use"(%c1_0) : (i32) -> ()
module @inner {
  %c1_1 = arith.constant 1 : i32
  "tst.use"(%c1_1) : (i32) -> ()
  func.func @f() -> i32 {
    %c1_2 = arith.constant 1 : i32
    return %c1_2 : i32
  }
  %c2 = arith.constant 2 : i32
  %c1_3 = arith.constant 1 : i32
  "tst.use"(%c2, %c1_3) : (i32, i32) -> ()
}
