// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// FLAGS: --allow-unregistered-dialect
// scf.if results: unused results removed, results equal in both branches forwarded,
// i1 results of constant yields become the condition, empty ifs removed.
func.func @unused_result(%c: i1, %x: i32) -> i32 {
  %r:2 = scf.if %c -> (i32, i32) {
    %a = arith.addi %x, %x : i32
    "tst.use"(%a) : (i32) -> ()
    scf.yield %a, %x : i32, i32
  } else {
    %b = arith.muli %x, %x : i32
    scf.yield %b, %x : i32, i32
  }
  return %r#1 : i32
}

func.func @same_yield(%c: i1, %x: i32, %y: i32) -> (i32, i32) {
  %r:2 = scf.if %c -> (i32, i32) {
    "tst.a"() : () -> ()
    scf.yield %x, %y : i32, i32
  } else {
    "tst.b"() : () -> ()
    scf.yield %x, %x : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

func.func @bool_result(%c: i1) -> (i1, i1) {
  %t = arith.constant true
  %f = arith.constant false
  %r:2 = scf.if %c -> (i1, i1) {
    scf.yield %t, %f : i1, i1
  } else {
    scf.yield %f, %t : i1, i1
  }
  return %r#0, %r#1 : i1, i1
}

func.func @empty(%c: i1) {
  scf.if %c {
  } else {
  }
  return
}

func.func @pure_branches(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    %c1 = arith.constant 1 : i32
    %a = arith.addi %x, %c1 : i32
    scf.yield %a : i32
  } else {
    %c1 = arith.constant 1 : i32
    scf.yield %c1 : i32
  }
  return %r : i32
}
