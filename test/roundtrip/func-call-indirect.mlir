func.func private @callee(i32) -> i32
func.func @f(%a: i32) -> i32 {
  %fn = func.constant @callee : (i32) -> i32
  %r = func.call_indirect %fn(%a) : (i32) -> i32
  %r2 = call_indirect %fn(%r) : (i32) -> i32
  return %r2 : i32
}
func.func @g(%fp: () -> (), %fq: (f32, f32) -> (f32, f32), %x: f32) {
  func.call_indirect %fp() : () -> ()
  %0:2 = func.call_indirect %fq(%x, %x) : (f32, f32) -> (f32, f32)
  return
}
