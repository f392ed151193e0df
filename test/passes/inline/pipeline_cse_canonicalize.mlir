// ARGS: --pass-pipeline='builtin.module(inline{default-pipeline=canonicalize max-iterations=2},cse,symbol-dce)'
func.func private @square(%a: i32) -> i32 {
  %0 = arith.muli %a, %a : i32
  return %0 : i32
}
func.func private @unused_helper(%a: i32) -> i32 {
  return %a : i32
}
func.func @f(%a: i32) -> i32 {
  %0 = call @square(%a) : (i32) -> i32
  %1 = call @square(%a) : (i32) -> i32
  %2 = arith.addi %0, %1 : i32
  return %2 : i32
}
