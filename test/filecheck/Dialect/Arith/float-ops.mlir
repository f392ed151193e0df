// RUN: lce-opt %s | FileCheck %s

// CHECK-LABEL: func.func @float_ops
func.func @float_ops(%a: f32, %b: f32) -> f32 {
  // CHECK: %[[ADD:.*]] = arith.addf %arg0, %arg1 : f32
  %0 = arith.addf %a, %b : f32
  // CHECK: %[[SUB:.*]] = arith.subf %[[ADD]], %arg1 : f32
  %1 = arith.subf %0, %b : f32
  // CHECK: arith.mulf
  %2 = arith.mulf %1, %b : f32
  // CHECK: arith.divf
  %3 = arith.divf %2, %b : f32
  // CHECK: arith.remf
  %4 = arith.remf %3, %b : f32
  // CHECK: arith.maximumf
  %5 = arith.maximumf %4, %b : f32
  // CHECK: arith.minimumf
  %6 = arith.minimumf %5, %b : f32
  // CHECK: arith.maxnumf
  %7 = arith.maxnumf %6, %b : f32
  // CHECK: arith.minnumf
  %8 = arith.minnumf %7, %b : f32
  // CHECK: %[[NEG:.*]] = arith.negf %{{.*}} : f32
  %9 = arith.negf %8 : f32
  // CHECK: return %[[NEG]] : f32
  return %9 : f32
}
