// PIPELINES: --pass-pipeline=builtin.module(func.func(canonicalize,cse))
// PIPELINES: --pass-pipeline=builtin.module(func.func(canonicalize,cse)) --mlir-disable-threading
// PIPELINES: -canonicalize -cse -inline -symbol-dce
// Many functions: the nested func.func pipeline (parallel in mlir-opt) must print in order.
func.func @f0(%x: i32) -> i32 {
  %c = arith.constant 0 : i32
  %a = arith.addi %x, %c : i32
  return %a : i32
}
func.func @f1(%x: i32) -> i32 {
  %c = arith.constant 1 : i32
  %a = arith.muli %x, %c : i32
  %b = arith.muli %x, %c : i32
  %s = arith.addi %a, %b : i32
  return %s : i32
}
func.func private @f2(%x: i32) -> i32 {
  %c2 = arith.constant 2 : i32
  %c3 = arith.constant 3 : i32
  %k = arith.muli %c2, %c3 : i32
  %a = arith.addi %x, %k : i32
  return %a : i32
}
func.func @f3(%x: i32) -> i32 {
  %r = call @f2(%x) : (i32) -> i32
  %s = call @f2(%r) : (i32) -> i32
  return %s : i32
}
func.func @f4(%x: f32) -> f32 {
  %one = arith.constant 1.0 : f32
  %a = arith.mulf %x, %one : f32
  %b = arith.addf %a, %a : f32
  return %b : f32
}
func.func @f5(%c: i1, %x: i32) -> i32 {
  %r = scf.if %c -> i32 {
    scf.yield %x : i32
  } else {
    scf.yield %x : i32
  }
  return %r : i32
}
func.func private @f6() {
  return
}
func.func @f7(%x: i64) -> i1 {
  %a = arith.cmpi sle, %x, %x : i64
  return %a : i1
}
func.func @f8(%x: index) -> index {
  %c0 = arith.constant 0 : index
  %c4 = arith.constant 4 : index
  %c1 = arith.constant 1 : index
  %r = scf.for %i = %c0 to %c4 step %c1 iter_args(%acc = %x) -> (index) {
    %n = arith.addi %acc, %i : index
    scf.yield %n : index
  }
  return %r : index
}
func.func @f9(%x: i8) -> i32 {
  %a = arith.extui %x : i8 to i16
  %b = arith.extui %a : i16 to i32
  return %b : i32
}
