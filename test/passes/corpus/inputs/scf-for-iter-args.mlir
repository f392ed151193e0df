// PIPELINES: -canonicalize ; -cse ; -canonicalize -cse
// FLAGS: --allow-unregistered-dialect
// Loop-carried values that pass through unchanged, or whose results are unused.
func.func @passthrough(%n: index, %x: i32, %y: i32) -> (i32, i32) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x, %b = %y) -> (i32, i32) {
    %s = arith.addi %a, %b : i32
    scf.yield %s, %b : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}

func.func @init_equals_yield(%n: index, %x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%a = %x) -> (i32) {
    "tst.body"(%i) : (index) -> ()
    scf.yield %x : i32
  }
  return %r : i32
}

func.func @empty_body(%n: index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c0 to %n step %c1 {
  }
  return
}

func.func @constant_in_loop(%n: index) -> index {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %c0) -> (index) {
    %c2 = arith.constant 2 : index
    %c3 = arith.constant 3 : index
    %k = arith.addi %c2, %c3 : index
    %s = arith.addi %acc, %k : index
    scf.yield %s : index
  }
  return %r : index
}
