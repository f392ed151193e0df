// OPTIONS: region-simplify=aggressive enable-patterns=NoSuchPattern
// Identical blocks are merged; operands that differ become block arguments.
func.func @merge(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = "tst.op"(%a) : (i32) -> i32
  cf.br ^bb3(%0 : i32)
^bb2:
  %1 = "tst.op"(%b) : (i32) -> i32
  cf.br ^bb3(%1 : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @same(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  "tst.use"(%a) : (i32) -> ()
  return %a : i32
^bb2:
  "tst.use"(%a) : (i32) -> ()
  return %a : i32
}

func.func @redundant_args(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a, %b : i32, i32), ^bb1(%a, %a : i32, i32)
^bb1(%x: i32, %y: i32):
  %s = "tst.op"(%x, %y) : (i32, i32) -> i32
  return %s : i32
}
