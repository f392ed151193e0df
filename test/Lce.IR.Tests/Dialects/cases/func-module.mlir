module @m attributes {foo.bar = 1 : i32} {
  func.func private @ext(i32 {a.b}, f32) -> (i32 {r.x}, f32)
  func.func nested @n(%a: i32 {a.b = 2 : i32}, %b: f32) -> (i32 {r.x}) attributes {llvm.emit_c_interface} {
    return %a : i32
  }
  func.func @noargs() -> ((i32) -> i32) {
    %f = constant @ff : (i32) -> i32
    return %f : (i32) -> i32
  }
  func.func @ff(%x: i32) -> i32 { return %x : i32 }
  func.func @multi(%x: i32) -> (i32, i32) attributes {} { return %x, %x : i32, i32 }
  func.func @withloc(%x: i32 loc("a.mlir":1:2)) { return }
  module {
  }
  module @inner attributes {sym_visibility = "private"} {
  }
  func.func @e() {
    return
  }
}
