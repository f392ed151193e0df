// RUN: lce-opt %s --allow-unregistered-dialect -split-input-file | FileCheck %s

// CHECK: "foo.first"
// CHECK-NEXT: }
// CHECK-EMPTY:
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
"foo.first"() : () -> ()

// -----

// Value numbering restarts in each chunk.
// CHECK: %0 = "foo.second"() : () -> i32
%x = "foo.second"() : () -> i32

// -----

// CHECK: // -----
// CHECK: func.func @third
func.func @third() {
  return
}
