func.func @f(%a: i32, %b: i64, %c: f32) -> (i32, i64, f32, i32) {
  return %a, %b, %c, %a : i32, i64, f32, i32
}
func.func @g() -> (tensor<?xf32>, memref<4xi8>) {
  %0:2 = "tst.make"() : () -> (tensor<?xf32>, memref<4xi8>)
  return %0#0, %0#1 : tensor<?xf32>, memref<4xi8>
}
