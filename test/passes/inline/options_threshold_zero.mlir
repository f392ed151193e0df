// ARGS: -inline='default-pipeline= inlining-threshold=0'
func.func private @small(%a: i32) -> i32 {
  return %a : i32
}
func.func private @dead() {
  return
}
func.func @caller(%a: i32) -> i32 {
  %0 = call @small(%a) : (i32) -> i32
  return %0 : i32
}
