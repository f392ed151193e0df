func.func @empty() {
  return
}
func.func @id(%a: i32) -> i32 {
  return %a : i32
}
func.func @two(%a: i32, %b: f32) -> (f32, i32) {
  return %b, %a : f32, i32
}
