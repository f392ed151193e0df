// ARGS: -canonicalize
func.func @only_default(%f: i32, %x: i32) {
  cf.switch %f : i32, [
    default: ^bb1(%x : i32)
  ]
^bb1(%a: i32):
  "tst.a"(%a) : (i32) -> ()
  return
}
func.func @match_default(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    42: ^bb1,
    43: ^bb2
  ]
^bb1:
  "tst.a"() : () -> ()
  return
^bb2:
  "tst.b"() : () -> ()
  return
}
func.func @constant() {
  %c43 = arith.constant 43 : i32
  cf.switch %c43 : i32, [
    default: ^bb1,
    42: ^bb2,
    43: ^bb3
  ]
^bb1:
  "tst.a"() : () -> ()
  return
^bb2:
  "tst.b"() : () -> ()
  return
^bb3:
  "tst.c"() : () -> ()
  return
}
func.func @negative_case(%f: i8) {
  cf.switch %f : i8, [
    default: ^bb1,
    -1: ^bb2
  ]
^bb1:
  "tst.a"() : () -> ()
  return
^bb2:
  "tst.b"() : () -> ()
  return
}
func.func @same_flag(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    42: ^bb2
  ]
^bb1:
  "tst.d"() : () -> ()
  cf.switch %f : i32, [
    default: ^bb3,
    42: ^bb4,
    43: ^bb5
  ]
^bb2:
  "tst.c"() : () -> ()
  cf.switch %f : i32, [
    default: ^bb3,
    42: ^bb4,
    43: ^bb5
  ]
^bb3:
  "tst.x"() : () -> ()
  return
^bb4:
  "tst.y"() : () -> ()
  return
^bb5:
  "tst.z"() : () -> ()
  return
}
