// RUN: lce-opt %s | FileCheck %s

// CHECK-LABEL: func.func @constants
func.func @constants() {
  // CHECK-NEXT: %c42_i32 = arith.constant 42 : i32
  %a = arith.constant 42 : i32
  // CHECK-NEXT: %c-7_i64 = arith.constant -7 : i64
  %b = arith.constant -7 : i64
  // CHECK-NEXT: %c0 = arith.constant 0 : index
  %c = arith.constant 0 : index
  // CHECK-NEXT: %c0_0 = arith.constant 0 : index
  %d = arith.constant 0 : index
  // CHECK-NEXT: %true = arith.constant true
  %e = arith.constant true
  // CHECK-NEXT: %false = arith.constant false
  %f = arith.constant 0 : i1
  // CHECK-NEXT: %cst = arith.constant 1.500000e+00 : f32
  %g = arith.constant 1.5 : f32
  // CHECK-NEXT: %cst_1 = arith.constant dense<[1, 2]> : vector<2xi32>
  %h = arith.constant dense<[1, 2]> : vector<2xi32>
  // CHECK-NEXT: %c-1_i8 = arith.constant -1 : i8
  %i = arith.constant 255 : i8
  // CHECK-NEXT: %cst_2 = arith.constant 0x7FC00000 : f32
  %j = arith.constant 0x7FC00000 : f32
  return
}
