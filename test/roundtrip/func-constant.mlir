func.func private @a()
func.func private @b(i32) -> i32
func.func @f() -> (() -> (), (i32) -> i32) {
  %0 = func.constant @a : () -> ()
  %1 = constant @b : (i32) -> i32
  %2 = func.constant {tst.tag} @b : (i32) -> i32
  return %0, %1 : () -> (), (i32) -> i32
}
