// ARGS: -canonicalize
func.func @single(%x: i32) -> i32 {
  "tst.before"() : () -> ()
  %r = scf.execute_region -> i32 {
    %y = "tst.op"(%x) : (i32) -> i32
    scf.yield %y : i32
  }
  "tst.after"(%r) : (i32) -> ()
  return %r : i32
}
func.func @multi(%x: i32) -> i32 {
  "tst.before"() : () -> ()
  %r = scf.execute_region -> i32 {
    %c = "tst.cmp"() : () -> i1
    cf.cond_br %c, ^bb1, ^bb2
  ^bb1:
    %a = "tst.val1"() : () -> i32
    cf.br ^bb3(%a : i32)
  ^bb2:
    %b = "tst.val2"() : () -> i32
    cf.br ^bb3(%b : i32)
  ^bb3(%z: i32):
    scf.yield %z : i32
  }
  "tst.after"(%r) : (i32) -> ()
  return %r : i32
}
func.func @no_inline(%x: i32) -> (i32, i32) {
  %r:2 = scf.execute_region -> (i32, i32) no_inline {
    %y = "tst.op"(%x) : (i32) -> i32
    scf.yield %x, %y : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @in_loop(%lb: index, %ub: index, %s: index) {
  scf.for %i = %lb to %ub step %s {
    %v = scf.execute_region -> index {
      %c = "tst.cmp"() : () -> i1
      cf.cond_br %c, ^bb1, ^bb2
    ^bb1:
      scf.yield %i : index
    ^bb2:
      scf.yield %lb : index
    }
    "tst.use"(%v) : (index) -> ()
  }
  return
}
