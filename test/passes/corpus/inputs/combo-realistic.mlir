// PIPELINES: -canonicalize -cse
// PIPELINES: --pass-pipeline=builtin.module(inline,func.func(canonicalize,cse),symbol-dce)
// PIPELINES: -inline -canonicalize -cse -symbol-dce
// A small kernel-like program: index computations, a reduction loop, helper functions.
func.func private @clamp(%x: i32, %lo: i32, %hi: i32) -> i32 {
  %a = arith.maxsi %x, %lo : i32
  %b = arith.minsi %a, %hi : i32
  return %b : i32
}

func.func private @offset(%i: index, %j: index, %stride: index) -> index {
  %m = arith.muli %i, %stride : index
  %o = arith.addi %m, %j : index
  return %o : index
}

func.func @kernel(%n: index, %x: i32) -> (i32, index) {
  %c0 = arith.constant 0 : index
  %c1 = arith.constant 1 : index
  %c4 = arith.constant 4 : index
  %zero = arith.constant 0 : i32
  %lo = arith.constant -128 : i32
  %hi = arith.constant 127 : i32
  %r:2 = scf.for %i = %c0 to %n step %c1 iter_args(%acc = %zero, %idx = %c0) -> (i32, index) {
    %o = func.call @offset(%i, %c0, %c4) : (index, index, index) -> index
    %o2 = func.call @offset(%i, %c0, %c4) : (index, index, index) -> index
    %sum = arith.addi %o, %o2 : index
    %xi = arith.index_cast %i : index to i32
    %prod = arith.muli %xi, %x : i32
    %cl = func.call @clamp(%prod, %lo, %hi) : (i32, i32, i32) -> i32
    %acc2 = arith.addi %acc, %cl : i32
    %idx2 = arith.addi %idx, %sum : index
    scf.yield %acc2, %idx2 : i32, index
  }
  %c1i = arith.constant 1 : i32
  %same = arith.cmpi eq, %x, %x : i32
  %res = arith.select %same, %r#0, %c1i : i32
  return %res, %r#1 : i32, index
}

func.func private @never_called(%x: i32) -> i32 {
  return %x : i32
}
