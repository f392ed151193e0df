// ARGS: -inline
func.func private @target(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
func.func @indirect(%a: i32) -> i32 {
  %f = func.constant @target : (i32) -> i32
  %0 = func.call_indirect %f(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @referenced_by_constant(%a: i32) -> i32 {
  return %a : i32
}
func.func @const_and_call(%a: i32) -> ((i32) -> i32, i32) {
  %f = func.constant @referenced_by_constant : (i32) -> i32
  %0 = call @referenced_by_constant(%a) : (i32) -> i32
  return %f, %0 : (i32) -> i32, i32
}
func.func private @with_unreachable(%a: i32) -> i32 {
  return %a : i32
^bb1:
  %0 = arith.addi %a, %a : i32
  return %0 : i32
}
func.func @use_unreachable(%a: i32) -> i32 {
  %0 = call @with_unreachable(%a) : (i32) -> i32
  return %0 : i32
}
func.func private @multi_res(%a: i32) -> (i32, i32) {
  %c = arith.constant 5 : i32
  return %a, %c : i32, i32
}
func.func @use_multi(%a: i32) -> i32 {
  %0:2 = call @multi_res(%a) : (i32) -> (i32, i32)
  %1 = arith.addi %0#0, %0#1 : i32
  return %1 : i32
}
