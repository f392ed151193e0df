// ARGS: -canonicalize
func.func @zero_trip(%x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c1 to %c0 step %c1 iter_args(%a = %x) -> i32 {
    %b = "tst.op"(%a) : (i32) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @one_trip(%x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %r = scf.for %i = %c0 to %c4 step %c4 iter_args(%a = %x) -> i32 {
    %b = "tst.op"(%a, %i) : (i32, index) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @one_trip_i32(%x: i32) {
  %c3 = arith.constant 3 : i32
  %c5 = arith.constant 5 : i32
  %c7 = arith.constant 7 : i32
  scf.for %i = %c3 to %c5 step %c7 : i32 {
    "tst.op"(%i) : (i32) -> ()
  }
  return
}
func.func @unsigned_zero(%x: i32) {
  %c3 = arith.constant -3 : i32
  %c5 = arith.constant 5 : i32
  %c1 = arith.constant 1 : i32
  scf.for unsigned %i = %c3 to %c5 step %c1 : i32 {
    "tst.op"(%i) : (i32) -> ()
  }
  return
}
func.func @empty_loop(%lb: index, %x: i32, %y: i32) -> (i32, i32) {
  %c1 = arith.constant 1 : index
  %c10 = arith.constant 10 : index
  %c0 = arith.constant 0 : index
  %r:2 = scf.for %i = %c0 to %c10 step %c1 iter_args(%a = %x, %b = %x) -> (i32, i32) {
    scf.yield %y, %y : i32, i32
  }
  return %r#0, %r#1 : i32, i32
}
func.func @ub_plus_const(%lb: index, %x: i32) -> i32 {
  %c1 = arith.constant 1 : index
  %ub = arith.addi %lb, %c1 overflow<nsw> : index
  %r = scf.for %i = %lb to %ub step %c1 iter_args(%a = %x) -> i32 {
    %b = "tst.op"(%a, %i) : (i32, index) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}
