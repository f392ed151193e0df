func.func private @r() -> ((i32) -> i32)
func.func private @s(() -> ()) -> (() -> (), i1)
func.func @t(%f: (i32) -> i32) -> ((i32) -> i32) {
  return %f : (i32) -> i32
}
