// ARGS: -canonicalize
func.func @self_loop(%c: i1) {
  cf.br ^bb1
^bb1:
  cf.cond_br %c, ^bb1, ^bb2
^bb2:
  return
}
func.func @infinite() {
  cf.br ^bb1
^bb1:
  cf.br ^bb1
}
func.func @chain(%x: i32) -> i32 {
  cf.br ^bb1(%x : i32)
^bb1(%a: i32):
  cf.br ^bb2(%a : i32)
^bb2(%b: i32):
  %c = "tst.cond"(%b) : (i32) -> i1
  cf.cond_br %c, ^bb3(%b : i32), ^bb4
^bb3(%d: i32):
  cf.br ^bb5(%d : i32)
^bb4:
  cf.br ^bb5(%x : i32)
^bb5(%e: i32):
  return %e : i32
}
func.func @truth_in_loop(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2(%x : i32)
^bb1:
  %v = arith.select %c, %x, %x : i32
  "tst.use"(%c) : (i1) -> ()
  cf.br ^bb2(%v : i32)
^bb2(%r: i32):
  return %r : i32
}
