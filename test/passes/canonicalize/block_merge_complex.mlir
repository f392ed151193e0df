// OPTIONS: region-simplify=aggressive enable-patterns=NoSuchPattern
func.func @clusters(%c: i32, %a: i32, %b: i32) -> i32 {
  "tst.switch"(%c)[^bb1, ^bb2, ^bb3, ^bb4] : (i32) -> ()
^bb1:
  %0 = "tst.op"(%a) : (i32) -> i32
  cf.br ^bb5(%0 : i32)
^bb2:
  %1 = "tst.other"(%a) : (i32) -> i32
  cf.br ^bb5(%1 : i32)
^bb3:
  %2 = "tst.op"(%b) : (i32) -> i32
  cf.br ^bb5(%2 : i32)
^bb4:
  %3 = "tst.other"(%b) : (i32) -> i32
  cf.br ^bb5(%3 : i32)
^bb5(%r: i32):
  return %r : i32
}

func.func @chain(%c: i1, %a: i32, %b: i32) -> i32 {
  cf.cond_br %c, ^bb1(%a : i32), ^bb2(%b : i32)
^bb1(%x: i32):
  %0 = "tst.op"(%x, %a) : (i32, i32) -> i32
  %1 = "tst.op"(%0, %x) : (i32, i32) -> i32
  cf.br ^bb3(%1 : i32)
^bb2(%y: i32):
  %2 = "tst.op"(%y, %b) : (i32, i32) -> i32
  %3 = "tst.op"(%2, %y) : (i32, i32) -> i32
  cf.br ^bb3(%3 : i32)
^bb3(%r: i32):
  return %r : i32
}

func.func @used_outside(%c: i1, %a: i32) -> i32 {
  cf.cond_br %c, ^bb1, ^bb2
^bb1:
  %0 = "tst.op"(%a) : (i32) -> i32
  cf.br ^bb3
^bb2:
  %1 = "tst.op"(%a) : (i32) -> i32
  cf.br ^bb4(%1 : i32)
^bb3:
  "tst.use"(%0) : (i32) -> ()
  cf.br ^bb4(%a : i32)
^bb4(%r: i32):
  return %r : i32
}

func.func @nested(%c: i1, %a: i32) -> i32 {
  %0 = scf.execute_region -> i32 {
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    "tst.use"(%a) : (i32) -> ()
    scf.yield %a : i32
  ^bb2:
    "tst.use"(%a) : (i32) -> ()
    scf.yield %a : i32
  }
  return %0 : i32
}
