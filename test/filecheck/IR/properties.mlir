// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK: "foo.op"() <{}> : () -> ()
"foo.op"() <{}> : () -> ()
// CHECK: "foo.op"() <{a = 1 : i32}> {a = 2 : i32} : () -> ()
"foo.op"() <{a = 1 : i32}> {a = 2 : i32} : () -> ()
// Registered ops move inherent attributes into properties.
// CHECK: %{{.*}} = arith.constant {foo.x} 1 : i32
// GENERIC: %{{.*}} = "arith.constant"() <{value = 1 : i32}> {foo.x} : () -> i32
"arith.constant"() {value = 1 : i32, foo.x} : () -> i32
