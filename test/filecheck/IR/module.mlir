// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// A single explicit module is not wrapped in another one.
// CHECK-NOT: module {
// CHECK: module @outer attributes {foo.attr = 1 : i32} {
// CHECK-NEXT:   module @inner {
// CHECK-NEXT:   }
// CHECK-NEXT: }
// CHECK-EMPTY:
// GENERIC: "builtin.module"() <{sym_name = "outer"}> ({
// GENERIC-NEXT: "builtin.module"() <{sym_name = "inner"}> ({
// GENERIC-NEXT: ^bb0:
// GENERIC-NEXT: }) : () -> ()
// GENERIC-NEXT: }) {foo.attr = 1 : i32} : () -> ()
module @outer attributes {foo.attr = 1 : i32} {
  module @inner {
  }
}
