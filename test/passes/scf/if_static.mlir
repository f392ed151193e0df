// ARGS: -canonicalize
func.func @true_cond(%x: i32, %y: i32) -> i32 {
  %true = arith.constant true
  %r = scf.if %true -> i32 {
    %a = "tst.a"(%x) : (i32) -> i32
    scf.yield %a : i32
  } else {
    %b = "tst.b"(%y) : (i32) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @false_cond(%x: i32, %y: i32) -> i32 {
  %false = arith.constant false
  %r = scf.if %false -> i32 {
    %a = "tst.a"(%x) : (i32) -> i32
    scf.yield %a : i32
  } else {
    %b = "tst.b"(%y) : (i32) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @false_no_else(%x: i32) {
  %false = arith.constant false
  scf.if %false {
    "tst.a"(%x) : (i32) -> ()
  }
  return
}
func.func @negated(%c: i1, %x: i32) {
  %true = arith.constant true
  %n = arith.xori %c, %true : i1
  scf.if %n {
    "tst.then"(%x) : (i32) -> ()
  } else {
    "tst.else"(%x) : (i32) -> ()
  }
  return
}
