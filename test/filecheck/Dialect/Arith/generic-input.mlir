// RUN: lce-opt %s | FileCheck %s

// Generic input with attributes instead of properties is accepted for registered ops.
// CHECK-LABEL: func.func @g
func.func @g(%a: i32) -> i1 {
  // CHECK-NEXT: %[[C:.*]] = arith.constant 7 : i32
  %0 = "arith.constant"() {value = 7 : i32} : () -> i32
  // CHECK-NEXT: %[[S:.*]] = arith.addi %arg0, %[[C]] overflow<nuw> {foo.d} : i32
  %1 = "arith.addi"(%a, %0) {overflowFlags = #arith.overflow<nuw>, foo.d} : (i32, i32) -> i32
  // CHECK-NEXT: %[[R:.*]] = arith.cmpi sle, %arg0, %[[S]] : i32
  %2 = "arith.cmpi"(%a, %1) <{predicate = 3 : i64}> : (i32, i32) -> i1
  // CHECK-NEXT: return %[[R]] : i1
  return %2 : i1
}
