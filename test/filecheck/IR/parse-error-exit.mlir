// RUN: not lce-opt %s --allow-unregistered-dialect 2>&1 | FileCheck %s

// CHECK: parse-error-exit.mlir:[[# @LINE + 3]]:15: error: expected attribute value
// CHECK-NEXT: "foo.a"() {a = } : () -> ()
// CHECK-NEXT: {{^ +\^$}}
"foo.a"() {a = } : () -> ()
