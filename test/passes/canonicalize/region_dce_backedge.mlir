// OPTIONS: enable-patterns=NoSuchPattern
// Region DCE visits blocks successors first: %v (in ^bb2) is only seen to be live through the
// back edge once ^bb1's argument became live later in the same sweep, so it takes a second one.
func.func @backedge(%c: i1, %x: i32) {
  cf.br ^bb1(%x : i32)
^bb1(%a: i32):
  "tst.sink"(%a) : (i32) -> ()
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  %v = arith.addi %a, %a : i32
  cf.br ^bb1(%v : i32)
^bb3:
  return
}

// The same loop whose carried value nothing reads: the argument and %v go away.
func.func @dead_backedge(%c: i1, %x: i32) {
  cf.br ^bb1(%x : i32)
^bb1(%a: i32):
  "tst.sink"(%x) : (i32) -> ()
  cf.cond_br %c, ^bb2, ^bb3
^bb2:
  %v = arith.addi %a, %a : i32
  cf.br ^bb1(%v : i32)
^bb3:
  return
}
