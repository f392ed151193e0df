// ARGS: -canonicalize
func.func @step_zero(%x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c5 = arith.constant 5 : index
  %r = scf.for %i = %c0 to %c5 step %c0 iter_args(%a = %x) -> i32 {
    %b = "tst.op"(%a) : (i32) -> i32
    scf.yield %b : i32
  }
  return %r : i32
}
func.func @step_negative() {
  %c0 = arith.constant 0 : i8
  %c5 = arith.constant 5 : i8
  %m1 = arith.constant -1 : i8
  scf.for %i = %c0 to %c5 step %m1 : i8 {
    "tst.op"(%i) : (i8) -> ()
  }
  return
}
func.func @wrap_i8() {
  %lo = arith.constant -100 : i8
  %hi = arith.constant 100 : i8
  %c100 = arith.constant 100 : i8
  scf.for %i = %lo to %hi step %c100 : i8 {
    "tst.op"(%i) : (i8) -> ()
  }
  return
}
func.func @unsigned_big() {
  %lo = arith.constant 1 : i8
  %hi = arith.constant -1 : i8
  %c127 = arith.constant 127 : i8
  scf.for unsigned %i = %lo to %hi step %c127 : i8 {
    "tst.op"(%i) : (i8) -> ()
  }
  return
}
func.func @i1_loop() {
  %f = arith.constant false
  %t = arith.constant true
  scf.for unsigned %i = %f to %t step %t : i1 {
    "tst.op"(%i) : (i1) -> ()
  }
  return
}
func.func @same_bounds(%n: index) {
  %c1 = arith.constant 1 : index
  scf.for %i = %n to %n step %c1 {
    "tst.op"(%i) : (index) -> ()
  }
  return
}
func.func @ub_minus_lb_nuw(%lb: i32) {
  %c2 = arith.constant 2 : i32
  %c1 = arith.constant 1 : i32
  %ub = arith.addi %lb, %c2 overflow<nuw> : i32
  scf.for unsigned %i = %lb to %ub step %c1 : i32 {
    "tst.op"(%i) : (i32) -> ()
  }
  scf.for %i = %lb to %ub step %c1 : i32 {
    "tst.op2"(%i) : (i32) -> ()
  }
  return
}
