// ARGS: -canonicalize
func.func @loop_with_if(%lb: index, %ub: index, %s: index, %c: i1, %x: i32) -> i32 {
  %r:2 = scf.for %i = %lb to %ub step %s iter_args(%a = %x, %unused = %x) -> (i32, i32) {
    %v = scf.if %c -> i32 {
      %t = "tst.t"(%a) : (i32) -> i32
      scf.yield %t : i32
    } else {
      scf.yield %a : i32
    }
    %w = scf.if %c -> i32 {
      %u = "tst.u"(%v) : (i32) -> i32
      scf.yield %u : i32
    } else {
      scf.yield %v : i32
    }
    scf.yield %w, %unused : i32, i32
  }
  return %r#0 : i32
}
func.func @nested_loops(%n: index, %x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> f32 {
    %inner = scf.for %j = %c0 to %c1 step %c1 iter_args(%acc2 = %acc) -> f32 {
      %v = "tst.f"(%acc2, %i, %j) : (f32, index, index) -> f32
      scf.yield %v : f32
    }
    scf.yield %inner : f32
  }
  return %r : f32
}
func.func @dead_cycle(%lb: index, %ub: index, %s: index, %x: i32) -> i32 {
  %r:2 = scf.for %i = %lb to %ub step %s iter_args(%a = %x, %b = %x) -> (i32, i32) {
    %n = "tst.op"(%a) : (i32) -> i32
    %m = arith.addi %b, %b : i32
    scf.yield %n, %m : i32, i32
  }
  return %r#0 : i32
}
func.func @exec_in_if(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %e = scf.execute_region -> i32 {
      %y = "tst.op"(%x) : (i32) -> i32
      scf.yield %y : i32
    }
    scf.yield %e : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}
func.func @while_move_if(%x: i32, %k: i32) -> i32 {
  %r = scf.while (%a = %x) : (i32) -> i32 {
    %k2 = "tst.k"(%a) : (i32) -> i32
    %c = "tst.cond"(%a) : (i32) -> i1
    %v = scf.if %c -> i32 {
      %q = "tst.then"(%a, %k2, %k) : (i32, i32, i32) -> i32
      scf.yield %q : i32
    } else {
      scf.yield %a : i32
    }
    scf.condition(%c) %v : i32
  } do {
  ^bb0(%b: i32):
    %n = "tst.body"(%b) : (i32) -> i32
    scf.yield %n : i32
  }
  return %r : i32
}
func.func @call_indirect(%x: i32) -> i32 {
  %f = func.constant @callee : (i32) -> i32
  %r = func.call_indirect %f(%x) : (i32) -> i32
  return %r : i32
}
func.func private @callee(i32) -> i32
