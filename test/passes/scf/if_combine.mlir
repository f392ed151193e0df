// ARGS: -canonicalize
func.func @same_cond(%c: i1, %x: i32) -> (i32, i32) {
  %r = scf.if %c -> i32 {
    %a = "tst.a"() : () -> i32
    scf.yield %a : i32
  } else {
    %b = "tst.b"() : () -> i32
    scf.yield %b : i32
  }
  %s = scf.if %c -> i32 {
    %d = "tst.d"(%r) : (i32) -> i32
    scf.yield %d : i32
  } else {
    %e = "tst.e"(%r) : (i32) -> i32
    scf.yield %e : i32
  }
  return %r, %s : i32, i32
}
func.func @negated_cond(%c: i1) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %c {
    "tst.a"() : () -> ()
  }
  scf.if %n {
    "tst.b"() : () -> ()
  }
  return
}
func.func @nested(%a: i1, %b: i1, %x: i32, %y: i32) -> i32 {
  %r = scf.if %a -> i32 {
    %s = scf.if %b -> i32 {
      %v = "tst.v"() : () -> i32
      scf.yield %v : i32
    } else {
      scf.yield %y : i32
    }
    scf.yield %s : i32
  } else {
    scf.yield %y : i32
  }
  return %r : i32
}
func.func @nested_no_results(%a: i1, %b: i1) {
  scf.if %a {
    scf.if %b {
      "tst.v"() : () -> ()
    }
  }
  return
}
