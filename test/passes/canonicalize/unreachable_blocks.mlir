// OPTIONS: region-simplify=disabled enable-patterns=NoSuchPattern
// Unreachable blocks are erased before patterns run, even without region simplification.
func.func @f(%a: i32) -> i32 {
  %c1 = arith.constant 1 : i32
  "tst.use"(%c1) : (i32) -> ()
  return %a : i32
^bb1:
  %x = arith.addi %a, %c1 : i32
  cf.br ^bb2(%x : i32)
^bb2(%y: i32):
  "tst.use"(%y) : (i32) -> ()
  return %y : i32
}

func.func @nested(%c: i1, %a: i32) -> i32 {
  %0 = scf.execute_region -> i32 {
    "tst.use"(%a) : (i32) -> ()
    cf.br ^bb2
  ^bb1:
    %z = "tst.op"() : () -> i32
    scf.yield %z : i32
  ^bb2:
    scf.yield %a : i32
  }
  return %0 : i32
}
