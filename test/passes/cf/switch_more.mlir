// ARGS: -canonicalize
func.func @pass_through(%f: i32, %x: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%x : i32),
    1: ^bb2,
    2: ^bb3
  ]
^bb1(%a: i32):
  cf.br ^bb4(%a : i32)
^bb2:
  cf.br ^bb4(%x : i32)
^bb3:
  "tst.three"() : () -> ()
  return
^bb4(%b: i32):
  "tst.four"(%b) : (i32) -> ()
  return
}
func.func @merge_blocks(%f: i32, %x: i32, %y: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%x : i32),
    1: ^bb2(%y : i32)
  ]
^bb1(%a: i32):
  "tst.use"(%a) : (i32) -> ()
  return
^bb2(%b: i32):
  "tst.use"(%b) : (i32) -> ()
  return
}
func.func @default_chain(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    5: ^bb2
  ]
^bb1:
  cf.switch %f : i32, [
    default: ^bb3,
    5: ^bb2,
    6: ^bb4
  ]
^bb2:
  "tst.b"() : () -> ()
  return
^bb3:
  "tst.c"() : () -> ()
  return
^bb4:
  "tst.d"() : () -> ()
  return
}
