// ARGS: -canonicalize
func.func @while_dup_and_unused(%x: i32, %y: i32) -> (i32, i32, i32) {
  %r:4 = scf.while (%a = %x, %b = %y, %dead = %y) : (i32, i32, i32) -> (i32, i32, i32, i32) {
    %c = "tst.cond"(%a, %b) : (i32, i32) -> i1
    scf.condition(%c) %a, %b, %a, %b : i32, i32, i32, i32
  } do {
  ^bb0(%p: i32, %q: i32, %p2: i32, %q2: i32):
    %n = "tst.next"(%p, %q2) : (i32, i32) -> i32
    scf.yield %n, %q, %p2 : i32, i32, i32
  }
  return %r#0, %r#2, %r#3 : i32, i32, i32
}
func.func @exec_multi_nested(%c: i1, %x: i32) -> i32 {
  %r = scf.execute_region -> i32 {
    %inner = scf.execute_region -> i32 {
      cf.cond_br %c, ^bb1, ^bb2
    ^bb1:
      scf.yield %x : i32
    ^bb2:
      %v = "tst.v"() : () -> i32
      scf.yield %v : i32
    }
    cf.br ^bb3(%inner : i32)
  ^bb3(%z: i32):
    scf.yield %z : i32
  }
  return %r : i32
}
func.func @switch_in_loop(%n: index, %x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> i32 {
    %v = scf.index_switch %i -> i32
    case 0 {
      scf.yield %acc : i32
    }
    case 1 {
      %t = "tst.one"(%acc) : (i32) -> i32
      scf.yield %t : i32
    }
    default {
      scf.yield %acc : i32
    }
    scf.yield %v : i32
  }
  return %r : i32
}
func.func @if_chain(%c: i1, %d: i1, %x: i32) -> i32 {
  %true = arith.constant true
  %nc = arith.xori %c, %true : i1
  %r = scf.if %c -> i32 {
    %a = "tst.a"(%c, %d) : (i1, i1) -> i32
    scf.yield %a : i32
  } else {
    scf.yield %x : i32
  }
  %s = scf.if %nc -> i32 {
    %b = "tst.b"(%r) : (i32) -> i32
    scf.yield %b : i32
  } else {
    scf.yield %r : i32
  }
  %t = scf.if %d -> i32 {
    scf.yield %s : i32
  } else {
    scf.yield %s : i32
  }
  return %t : i32
}
func.func @loop_invariant_result(%lb: index, %ub: index, %st: index, %x: i32) -> (i32, i32) {
  %r:2 = scf.for %i = %lb to %ub step %st iter_args(%a = %x, %b = %x) -> (i32, i32) {
    "tst.side"(%a) : (i32) -> ()
    scf.yield %x, %b : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
