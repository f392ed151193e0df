func.func @c(%c: i1, %x: i32, %y: f32) -> i32 {
  cf.cond_br %c, ^bb1(%x, %y : i32, f32), ^bb2 {tag.t}
^bb1(%a: i32, %b: f32):
  cf.br ^bb3(%a : i32)
^bb2:
  cf.cond_br %c, ^bb3(%x : i32), ^bb3(%x : i32)
^bb3(%r: i32):
  return %r : i32
}
