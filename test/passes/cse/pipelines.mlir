// ARGS: --pass-pipeline='builtin.module(func.func(cse),cse)'
module {
  %c1 = arith.constant 1 : i32
  %c1_0 = arith.constant 1 : i32
  "tst.use"(%c1, %c1_0) : (i32, i32) -> ()
  func.func @f(%a: i32) -> (i32, i32) {
    %0 = arith.addi %a, %a : i32
    %1 = arith.addi %a, %a : i32
    return %0, %1 : i32, i32
  }
}
