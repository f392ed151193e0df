func.func @s(%f: i32, %x: i64) {
  cf.switch %f : i32, [
    default: ^bb1(%x : i64),
    42: ^bb2,
    -3: ^bb1(%x : i64)
  ]
^bb1(%a: i64):
  "tst.a"(%a) : (i64) -> ()
  return
^bb2:
  return
}
func.func @is(%i: index) -> i32 {
  %0 = scf.index_switch %i -> i32
  case 2 {
    %c = arith.constant 2 : i32
    scf.yield %c : i32
  }
  case 5 {
    %c = arith.constant 5 : i32
    scf.yield %c : i32
  }
  default {
    %c = arith.constant 0 : i32
    scf.yield %c : i32
  }
  return %0 : i32
}
func.func @is2(%i: index) {
  scf.index_switch %i
  case 2 {
    "tst.x"() : () -> ()
    scf.yield
  }
  default {
  }
  return
}
func.func @s2(%f: i8) {
  cf.switch %f : i8, [
    default: ^bb1
  ]
^bb1:
  cf.switch %f : i8, [
    default: ^bb1,
    255: ^bb1
  ] {x}
}
