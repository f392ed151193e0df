// PIPELINES: -canonicalize ; -cse ; --pass-pipeline=builtin.module(func.func(canonicalize))
// FLAGS: --allow-unregistered-dialect
// scf.for with zero or one iteration is removed or inlined.
func.func @zero_trip(%x: f32) -> f32 {
  %c5 = arith.constant 5 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c5 to %c5 step %c1 iter_args(%acc = %x) -> (f32) {
    %s = arith.addf %acc, %acc : f32
    scf.yield %s : f32
  }
  return %r : f32
}

func.func @one_trip(%x: f32) -> f32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c1 step %c1 iter_args(%acc = %x) -> (f32) {
    %s = arith.addf %acc, %acc : f32
    "tst.index"(%i) : (index) -> ()
    scf.yield %s : f32
  }
  return %r : f32
}

func.func @negative_range() {
  %c10 = arith.constant 10 : index
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  scf.for %i = %c10 to %c0 step %c1 {
    "tst.never"(%i) : (index) -> ()
  }
  return
}

func.func @large_step() {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c8 = arith.constant 8 : index
  scf.for %i = %c0 to %c4 step %c8 {
    "tst.once"(%i) : (index) -> ()
  }
  return
}
