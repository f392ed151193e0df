func.func private @g(i32) -> i32
func.func @f(%x: i32) -> i32 {
  %0 = call @g(%x) {no_inline} : (i32) -> i32
  %1 = "func.call"(%x) {callee = @g, arg_attrs = [{a.b}], res_attrs = [{}]} : (i32) -> i32
  %2 = func.constant {foo} @g : (i32) -> i32
  %3 = call_indirect %2(%x) {foo} : (i32) -> i32
  return {foo} %0 : i32
}
