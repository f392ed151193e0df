// ARGS: -canonicalize
func.func @to_select(%c: i1, %x: i32, %y: i32) -> (i32, i32, i32) {
  %r:3 = scf.if %c -> (i32, i32, i32) {
    %a = "tst.a"() : () -> i32
    scf.yield %x, %a, %y : i32, i32, i32
  } else {
    scf.yield %y, %y, %y : i32, i32, i32
  }
  return %r#0, %r#1, %r#2 : i32, i32, i32
}
func.func @cond_values(%c: i1, %x: i32) -> (i1, i1, i32) {
  %true = arith.constant true
  %false = arith.constant false
  %r:3 = scf.if %c -> (i1, i1, i32) {
    %a = "tst.a"() : () -> i32
    scf.yield %true, %false, %a : i1, i1, i32
  } else {
    %b = "tst.b"() : () -> i32
    scf.yield %false, %true, %b : i1, i1, i32
  }
  return %r#0, %r#1, %r#2 : i1, i1, i32
}
func.func @unused(%c: i1, %x: i32) -> i32 {
  %r:2 = scf.if %c -> (i32, i32) {
    %a = "tst.a"() : () -> i32
    %b = "tst.b"() : () -> i32
    scf.yield %a, %b : i32, i32
  } else {
    %d = "tst.d"() : () -> i32
    scf.yield %d, %d : i32, i32
  }
  return %r#1 : i32
}
