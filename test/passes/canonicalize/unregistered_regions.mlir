// Unregistered ops might be isolated from above: constants in their regions stay there.
// They might also have side effects, so they are never erased.
func.func @f(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  %0 = "tst.region"() ({
    %c1_0 = arith.constant 1 : i32
    %c2 = arith.constant 2 : i32
    %c1_1 = arith.constant 1 : i32
    "tst.yield"(%c1_0, %c2, %c1_1) : (i32, i32, i32) -> ()
  }) : () -> i32
  %1 = "tst.unused"(%a) : (i32) -> i32
  "tst.use"(%c1, %0) : (i32, i32) -> ()
  return %a : i32
}
