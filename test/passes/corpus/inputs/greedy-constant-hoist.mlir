// PIPELINES: -canonicalize ; --pass-pipeline=builtin.module(func.func(canonicalize)) ; -canonicalize -cse
// FLAGS: --allow-unregistered-dialect
// Where folded and existing constants end up: hoisted to the entry block of the function
// (the nearest isolated-from-above region), deduplicated against existing ones, in the order
// the folder creates them, including constants first used inside nested scf regions.
func.func @hoist(%n: index, %x: i32) -> i32 {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %x) -> (i32) {
    %c7 = arith.constant 7 : i32
    %c3 = arith.constant 3 : i32
    %c4 = arith.constant 4 : i32
    %s = arith.addi %c3, %c4 : i32
    %eq = arith.cmpi eq, %s, %c7 : i32
    %v = scf.if %eq -> i32 {
      %c10 = arith.constant 10 : i32
      %m = arith.muli %acc, %c10 : i32
      scf.yield %m : i32
    } else {
      scf.yield %acc : i32
    }
    "tst.use"(%v) : (i32) -> ()
    scf.yield %v : i32
  }
  %c7b = arith.constant 7 : i32
  %out = arith.addi %r, %c7b : i32
  return %out : i32
}

func.func @late_constants(%x: i64) -> (i64, i64, i64) {
  %a = arith.constant 2 : i64
  %b = arith.constant 3 : i64
  %p = arith.muli %a, %b : i64
  %q = arith.addi %x, %p : i64
  %c6 = arith.constant 6 : i64
  %z = arith.constant 0 : i64
  %w = arith.addi %q, %z : i64
  return %w, %c6, %p : i64, i64, i64
}
