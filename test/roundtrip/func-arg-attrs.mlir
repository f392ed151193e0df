func.func @f(%a: i32 {tst.x = 1 : i32}, %b: f32 {tst.unit, tst.s = "s"}) -> (i32 {tst.r}) {
  return %a : i32
}
func.func private @g(i32 {tst.y}, f32) -> (i64 {tst.z = 2 : i64}, f32)
func.func @h(%a: i32 {}) -> (i32 {}) {
  return %a : i32
}
