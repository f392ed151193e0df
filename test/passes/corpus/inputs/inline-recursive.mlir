// PIPELINES: -inline ; -inline -symbol-dce ; '--pass-pipeline=builtin.module(inline{max-iterations=2})'
// Directly and mutually recursive functions are not inlined into themselves endlessly.
func.func private @fact(%n: i64) -> i64 {
  %c1 = arith.constant 1 : i64
  %le = arith.cmpi sle, %n, %c1 : i64
  %r = scf.if %le -> i64 {
    scf.yield %c1 : i64
  } else {
    %m = arith.subi %n, %c1 : i64
    %f = func.call @fact(%m) : (i64) -> i64
    %p = arith.muli %n, %f : i64
    scf.yield %p : i64
  }
  return %r : i64
}

func.func @use_fact(%n: i64) -> i64 {
  %r = call @fact(%n) : (i64) -> i64
  return %r : i64
}

func.func private @even(%n: i32) -> i1 {
  %c0 = arith.constant 0 : i32
  %z = arith.cmpi eq, %n, %c0 : i32
  cf.cond_br %z, ^yes, ^recurse
^yes:
  %t = arith.constant true
  return %t : i1
^recurse:
  %c1 = arith.constant 1 : i32
  %m = arith.subi %n, %c1 : i32
  %r = call @odd(%m) : (i32) -> i1
  return %r : i1
}

func.func private @odd(%n: i32) -> i1 {
  %c0 = arith.constant 0 : i32
  %z = arith.cmpi eq, %n, %c0 : i32
  cf.cond_br %z, ^no, ^recurse
^no:
  %f = arith.constant false
  return %f : i1
^recurse:
  %c1 = arith.constant 1 : i32
  %m = arith.subi %n, %c1 : i32
  %r = call @even(%m) : (i32) -> i1
  return %r : i1
}

func.func @is_even(%n: i32) -> i1 {
  %r = call @even(%n) : (i32) -> i1
  return %r : i1
}
