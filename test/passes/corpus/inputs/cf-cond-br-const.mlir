// PIPELINES: -canonicalize ; -cse
// FLAGS: --allow-unregistered-dialect
// cf.cond_br on constants, on identical destinations, and on a negated condition.
func.func @const_true(%x: i32, %y: i32) -> i32 {
  %t = arith.constant true
  cf.cond_br %t, ^bb1(%x : i32), ^bb1(%y : i32)
^bb1(%v: i32):
  return %v : i32
}

func.func @const_false(%x: i32) -> i32 {
  %f = arith.constant false
  cf.cond_br %f, ^bb1, ^bb2
^bb1:
  "tst.then"() : () -> ()
  return %x : i32
^bb2:
  "tst.else"() : () -> ()
  return %x : i32
}

func.func @same_dest(%c: i1, %x: i32) -> i32 {
  cf.cond_br %c, ^bb1(%x : i32), ^bb1(%x : i32)
^bb1(%v: i32):
  return %v : i32
}

func.func @negated(%c: i1) {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  cf.cond_br %n, ^bb1, ^bb2
^bb1:
  "tst.a"() : () -> ()
  return
^bb2:
  "tst.b"() : () -> ()
  return
}

func.func @cond_in_succ(%c: i1, %x: i1) {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  cf.cond_br %c, ^bb3, ^bb2
^bb2:
  "tst.b"() : () -> ()
  return
^bb3:
  "tst.c"() : () -> ()
  return
}
