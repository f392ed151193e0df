// PIPELINES: -canonicalize ; -cse
// FLAGS: --allow-unregistered-dialect
// Nested scf.if on related conditions, ifs in else-only form, and condition negation.
func.func @nested_same(%c: i1, %d: i1) {
  scf.if %c {
    scf.if %d {
      "tst.both"() : () -> ()
    }
  }
  return
}

func.func @else_only(%c: i1) {
  scf.if %c {
  } else {
    "tst.only_else"() : () -> ()
  }
  return
}

func.func @negated(%c: i1, %x: i32, %y: i32) -> i32 {
  %t = arith.constant true
  %n = arith.xori %c, %t : i1
  %r = scf.if %n -> i32 {
    "tst.then"() : () -> ()
    scf.yield %x : i32
  } else {
    "tst.else"() : () -> ()
    scf.yield %y : i32
  }
  return %r : i32
}

func.func @consecutive(%c: i1, %x: i32) -> (i32, i32) {
  %a = scf.if %c -> i32 {
    %s = arith.addi %x, %x : i32
    scf.yield %s : i32
  } else {
    scf.yield %x : i32
  }
  %b = scf.if %c -> i32 {
    %m = arith.muli %x, %x : i32
    scf.yield %m : i32
  } else {
    scf.yield %x : i32
  }
  return %a, %b : i32, i32
}
