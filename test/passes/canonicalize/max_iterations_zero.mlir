// OPTIONS: max-iterations=0
// No iteration at all: the IR is printed unchanged.
func.func @f(%a: i32) -> i32 {
  %0 = "tst.op"(%a) : (i32) -> i32
  %c1 = arith.constant 1 : i32
  %c1_0 = arith.constant 1 : i32
  %dead = arith.muli %a, %a : i32
  return %a : i32
^bb1:
  return %0 : i32
}
