// ARGS: -canonicalize
func.func @truth(%x: i32) -> i32 {
  %r:2 = scf.while (%a = %x) : (i32) -> (i32, i1) {
    %c = "tst.cond"(%a) : (i32) -> i1
    scf.condition(%c) %a, %c : i32, i1
  } do {
  ^bb0(%b: i32, %d: i1):
    "tst.use"(%d) : (i1) -> ()
    scf.yield %b : i32
  }
  return %r#0 : i32
}
func.func @cmp(%x: i32, %lim: i32) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %c = arith.cmpi slt, %a, %lim : i32
    scf.condition(%c) %a : i32
  } do {
  ^bb0(%b: i32):
    %same = arith.cmpi slt, %b, %lim : i32
    %inv = arith.cmpi sge, %b, %lim : i32
    "tst.use"(%same, %inv) : (i1, i1) -> ()
    %n = "tst.next"(%b) : (i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}
func.func @invariant(%x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.while (%a = %x, %b = %y) : (i32, i32) -> (i32, i32) {
    %c = "tst.cond"(%a, %b) : (i32, i32) -> i1
    scf.condition(%c) %a, %b : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %n = "tst.next"(%p, %q) : (i32, i32) -> i32
    scf.yield %n, %y : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @align(%x: i32, %y: i64) -> (i64, i32) {
  %r:2 = scf.while (%a = %x, %b = %y) : (i32, i64) -> (i64, i32) {
    %c = "tst.cond"(%a, %b) : (i32, i64) -> i1
    scf.condition(%c) %b, %a : i64, i32
  } do {
  ^bb0(%p: i64, %q: i32):
    %n:2 = "tst.next"(%p, %q) : (i64, i32) -> (i32, i64)
    scf.yield %n#0, %n#1 : i32, i64
  }
  return %r#0, %r#1 : i64, i32
}
func.func @unused(%x: i32) -> i32 {
  %r:2 = scf.while (%a = %x, %u = %x) : (i32, i32) -> (i32, i32) {
    %c = "tst.cond"(%a) : (i32) -> i1
    %v = "tst.val"() : () -> i32
    scf.condition(%c) %a, %v : i32, i32
  } do {
  ^bb0(%p: i32, %q: i32):
    %n = "tst.next"(%p) : (i32) -> i32
    scf.yield %n, %q : i32, i32
  }
  return %r#0 : i32
}
