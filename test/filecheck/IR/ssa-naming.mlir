// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Input names are not kept: the printer renumbers values per region scope.

// CHECK-LABEL: func.func @renamed
// CHECK-SAME: (%[[A:arg0]]: i32, %[[B:arg1]]: i32) -> i32
func.func @renamed(%first: i32, %second: i32) -> i32 {
  // CHECK-NEXT: %[[S:.*]] = "foo.add"(%[[A]], %[[B]]) : (i32, i32) -> i32
  %sum = "foo.add"(%first, %second) : (i32, i32) -> i32
  // CHECK-NEXT: %1 = "foo.neg"(%[[S]]) : (i32) -> i32
  %neg = "foo.neg"(%sum) : (i32) -> i32
  // CHECK-NEXT: return %1 : i32
  return %neg : i32
}

// Sibling functions both restart at %arg0 / %0 in custom form...
// CHECK-LABEL: func.func @second
// CHECK-NEXT: %0 = "foo.x"(%arg0) : (i32) -> i32
func.func @second(%x: i32) {
  %y = "foo.x"(%x) : (i32) -> i32
  return
}

// ...but generic form numbers values uniquely across the module, last function first.
// GENERIC: "func.func"() <{function_type = (i32, i32) -> i32, sym_name = "renamed"}>
// GENERIC-NEXT: ^bb0(%arg1: i32, %arg2: i32):
// GENERIC-NEXT: %1 = "foo.add"(%arg1, %arg2)
// GENERIC: "func.func"() <{function_type = (i32) -> (), sym_name = "second"}>
// GENERIC-NEXT: ^bb0(%arg0: i32):
// GENERIC-NEXT: %0 = "foo.x"(%arg0)
