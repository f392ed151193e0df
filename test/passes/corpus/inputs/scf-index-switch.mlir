// PIPELINES: -canonicalize ; -cse
// FLAGS: --allow-unregistered-dialect
// scf.index_switch on a constant selects the matching case or the default.
func.func @const_case() -> i32 {
  %c1 = arith.constant 1 : index
  %r = scf.index_switch %c1 -> i32
  case 0 {
    %a = arith.constant 10 : i32
    scf.yield %a : i32
  }
  case 1 {
    %b = arith.constant 20 : i32
    scf.yield %b : i32
  }
  default {
    %d = arith.constant 30 : i32
    scf.yield %d : i32
  }
  return %r : i32
}

func.func @const_default() {
  %c7 = arith.constant 7 : index
  scf.index_switch %c7
  case 0 {
    "tst.zero"() : () -> ()
    scf.yield
  }
  default {
    "tst.default"() : () -> ()
    scf.yield
  }
  return
}

func.func @dynamic(%i: index, %x: i32) -> i32 {
  %r = scf.index_switch %i -> i32
  case 2 {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  default {
    %a = arith.addi %x, %x : i32
    scf.yield %a : i32
  }
  return %r : i32
}
