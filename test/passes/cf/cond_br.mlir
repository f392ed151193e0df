// ARGS: -canonicalize
func.func @const_true(%x: i32, %y: i32) -> i32 {
  %true = arith.constant true
  cf.cond_br %true, ^bb1(%x : i32), ^bb2(%y : i32)
^bb1(%a: i32):
  "tst.a"(%a) : (i32) -> ()
  return %a : i32
^bb2(%b: i32):
  "tst.b"(%b) : (i32) -> ()
  return %b : i32
}
func.func @identical(%c: i1, %x: i32, %y: i32) -> i32 {
  "tst.pre"() : () -> ()
  cf.cond_br %c, ^bb1(%x, %x : i32, i32), ^bb1(%y, %x : i32, i32)
^bb1(%a: i32, %b: i32):
  "tst.use"(%a, %b) : (i32, i32) -> ()
  return %a : i32
}
func.func @same_condition(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "tst.x"() : () -> ()
  cf.cond_br %c, ^bb3, ^bb4
^bb2:
  "tst.y"() : () -> ()
  return
^bb3:
  "tst.z"() : () -> ()
  return
^bb4:
  "tst.w"() : () -> ()
  return
}
func.func @truth(%c: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "tst.t"(%c) : (i1) -> ()
  return
^bb2:
  "tst.f"(%c) : (i1) -> ()
  return
}
