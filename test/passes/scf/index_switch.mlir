// ARGS: -canonicalize
func.func @constant_case() -> i32 {
  %c5 = arith.constant 5 : index
  %0 = scf.index_switch %c5 -> i32
  case 2 {
    %a = "tst.a"() : () -> i32
    scf.yield %a : i32
  }
  case 5 {
    %b = "tst.b"() : () -> i32
    scf.yield %b : i32
  }
  default {
    %c = "tst.c"() : () -> i32
    scf.yield %c : i32
  }
  return %0 : i32
}
func.func @constant_default() {
  %c7 = arith.constant 7 : index
  scf.index_switch %c7
  case 2 {
    "tst.a"() : () -> ()
    scf.yield
  }
  default {
    "tst.d"() : () -> ()
  }
  return
}
func.func @forwarded(%i: index, %x: i32) -> (i32, i32) {
  %0:2 = scf.index_switch %i {foo = 1} -> i32, i32
  case 7 {
    %a = "tst.a"() : () -> i32
    scf.yield %x, %a : i32, i32
  }
  default {
    %b = "tst.b"() : () -> i32
    scf.yield %x, %b : i32, i32
  }
  return %0#0, %0#1 : i32, i32
}
