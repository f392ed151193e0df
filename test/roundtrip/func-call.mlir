func.func private @callee(i32) -> i32
func.func private @void()
func.func private @multi(i32, i32) -> (i32, f32)
func.func @caller(%a: i32) -> i32 {
  %0 = func.call @callee(%a) : (i32) -> i32
  %1 = call @callee(%0) : (i32) -> i32
  call @void() : () -> ()
  %2:2 = call @multi(%0, %1) : (i32, i32) -> (i32, f32)
  %3 = call @callee(%2#0) {tst.tag} : (i32) -> i32
  return %3 : i32
}
