// ARGS: -inline='default-pipeline= inlining-threshold=60'
func.func private @big(%a: i32) -> i32 {
  %0 = arith.addi %a, %a : i32
  %1 = arith.muli %0, %0 : i32
  %2 = arith.subi %1, %0 : i32
  %3 = arith.xori %2, %1 : i32
  return %3 : i32
}
func.func private @small(%a: i32) -> i32 {
  return %a : i32
}
func.func @caller(%a: i32) -> i32 {
  %0 = call @big(%a) : (i32) -> i32
  %1 = call @small(%0) : (i32) -> i32
  %2 = arith.addi %0, %1 : i32
  %3 = arith.addi %2, %1 : i32
  return %3 : i32
}
