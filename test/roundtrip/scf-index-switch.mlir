func.func @is3(%i: index, %a: i32, %b: i64) -> (i32, i64) {
  %0:2 = scf.index_switch %i {foo = 1} -> i32, i64
  case 7 {
    scf.yield %a, %b : i32, i64
  }
  default {
    scf.yield %a, %b : i32, i64
  }
  return %0#0, %0#1 : i32, i64
}
func.func @is2(%i: index) {
  scf.index_switch %i
  case 2 {
    "tst.x"() : () -> ()
    scf.yield
  }
  case -4 {
    scf.yield
  }
  default {
  }
  return
}
