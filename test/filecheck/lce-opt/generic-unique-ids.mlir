// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s

// In generic form value ids are unique module-wide; later regions are numbered first.
// CHECK: "foo.r"() ({
// CHECK-NEXT: ^bb0(%arg1: i32):
// CHECK-NEXT:   %3 = "foo.in"() : () -> i32
// CHECK: }, {
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT:   %2 = "foo.in"() : () -> i32
// CHECK: %1 = "foo.after"() : () -> i32
%0 = "foo.top"() : () -> i32
"foo.r"() ({
^bb0(%a: i32):
  %1 = "foo.in"() : () -> i32
  "foo.t"() : () -> ()
}, {
^bb0(%a: i32):
  %1 = "foo.in"() : () -> i32
  "foo.t"() : () -> ()
}) : () -> ()
%2 = "foo.after"() : () -> i32
