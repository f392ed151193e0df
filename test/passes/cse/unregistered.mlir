// ARGS: -cse
func.func @unregistered_ops(%a: i32) -> (i32, i32, i32, i32) {
  %0 = "tst.pure"(%a) : (i32) -> i32
  %1 = "tst.pure"(%a) : (i32) -> i32
  %2 = "tst.props"(%a) <{p = 1 : i32}> : (i32) -> i32
  %3 = "tst.props"(%a) <{p = 1 : i32}> : (i32) -> i32
  "tst.dead"() : () -> ()
  return %0, %1, %2, %3 : i32, i32, i32, i32
}

func.func @unregistered_region_isolated(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  "tst.region"() ({
    %c1_0 = arith.constant 1 : i32
    %c1_1 = arith.constant 1 : i32
    "tst.sink"(%c1_0, %c1_1) : (i32, i32) -> ()
    "tst.terminator"() : () -> ()
  }) : () -> ()
  return %c1 : i32
}
