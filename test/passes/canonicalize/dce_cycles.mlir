// OPTIONS: enable-patterns=NoSuchPattern
// Dead values that feed each other through block arguments form cycles that region DCE removes.
func.func @cycle(%n: i32, %a: i32) {
  %c0 = arith.constant 0 : i32
  cf.br ^bb1(%c0, %a, %a : i32, i32, i32)
^bb1(%i: i32, %p: i32, %q: i32):
  %p2 = arith.addi %q, %p : i32
  %q2 = arith.muli %p, %p2 : i32
  %done = "tst.cmp"(%i, %n) : (i32, i32) -> i1
  %i2 = "tst.inc"(%i) : (i32) -> i32
  cf.cond_br %done, ^bb2, ^bb1(%i2, %p2, %q2 : i32, i32, i32)
^bb2:
  return
}

func.func @unregistered_terminator(%a: i32) {
  "tst.br"(%a)[^bb1] : (i32) -> ()
^bb1(%x: i32):
  return
}

func.func @nested_region_use(%c: i1, %a: i32) -> i32 {
  cf.br ^bb1(%a : i32)
^bb1(%x: i32):
  %0 = scf.if %c -> i32 {
    %y = arith.addi %x, %x : i32
    scf.yield %y : i32
  } else {
    scf.yield %a : i32
  }
  return %a : i32
}
