// PIPELINES: -canonicalize ; -cse
// FLAGS: --allow-unregistered-dialect
// cf.switch with a constant flag, with only a default, and with duplicate destinations.
func.func @const_flag(%x: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  cf.switch %c1 : i32, [
    default: ^bb1,
    0: ^bb2,
    1: ^bb3
  ]
^bb1:
  return %x : i32
^bb2:
  %a = arith.addi %x, %x : i32
  return %a : i32
^bb3:
  %b = arith.muli %x, %x : i32
  return %b : i32
}

func.func @only_default(%f: i32, %x: i32) -> i32 {
  cf.switch %f : i32, [
    default: ^bb1(%x : i32)
  ]
^bb1(%v: i32):
  return %v : i32
}

func.func @same_as_default(%f: i32) {
  cf.switch %f : i32, [
    default: ^bb1,
    5: ^bb1,
    6: ^bb2
  ]
^bb1:
  "tst.one"() : () -> ()
  return
^bb2:
  "tst.two"() : () -> ()
  return
}
