func.func @bad(%i: index) {
  scf.index_switch %i
  case 2 {
    "tst.x"() : () -> ()
  }
  default {
  }
  return
}
