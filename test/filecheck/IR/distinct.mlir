// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// Distinct ids are renumbered in print order; equal ids are the same attribute.
// CHECK:      #distinct = distinct[0]<1 : i64>
// CHECK-NEXT: #distinct1 = distinct[1]<2 : i64>
// CHECK: "foo.a"() {a = #distinct, b = #distinct1, c = #distinct} : () -> ()
// CHECK: "foo.b"() {u = distinct[2]<>} : () -> ()
"foo.a"() {a = distinct[7]<1 : i64>, b = distinct[3]<2 : i64>, c = distinct[7]<1 : i64>} : () -> ()
"foo.b"() {u = distinct[9]<unit>} : () -> ()
