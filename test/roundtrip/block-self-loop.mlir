func.func @loop(%n: i32) {
  "tst.br"(%n)[^bb1] : (i32) -> ()
^bb1(%i: i32):
  %c = "tst.cmp"(%i) : (i32) -> i1
  "tst.cond_br"(%c, %i)[^bb1, ^bb2] : (i1, i32) -> ()
^bb2:
  return
}
