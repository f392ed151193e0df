func.func @b(%x: i32) -> i32 {
  cf.br ^bb1(%x : i32)
^bb1(%y: i32):
  cf.br ^bb2 {tag.b}
^bb2:
  return %y : i32
}
