// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s

// Custom and generic printing agree for unregistered ops (except for the module).

// CHECK: "foo.empty"() ({
// CHECK-NEXT: }) : () -> ()
"foo.empty"() ({}) : () -> ()
// CHECK: "foo.two"() ({
// CHECK-NEXT: }, {
// CHECK-NEXT:   "foo.t"() : () -> ()
// CHECK-NEXT: }) : () -> ()
"foo.two"() ({}, {
  "foo.t"() : () -> ()
}) : () -> ()
// An empty entry block is printed with its label.
// CHECK: "foo.empty_block"() ({
// CHECK-NEXT: ^bb0:
// CHECK-NEXT: }) : () -> ()
"foo.empty_block"() ({
^bb0:
}) : () -> ()
// CHECK: %{{.*}}:2 = "foo.all"(%{{.*}}, %{{.*}}) <{p = 1 : i32}> ({
// CHECK: }) {a = "aa", z = "zz"} : (i32, i32) -> (i32, f32)
%x = "foo.v"() : () -> i32
%r:2 = "foo.all"(%x, %x) <{p = 1 : i32}> ({
^bb0(%a: i32):
  "foo.y"(%a) : (i32) -> ()
}) {z = "zz", a = "aa"} : (i32, i32) -> (i32, f32)
