// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// Dictionaries are sorted byte-wise; unit attributes print as their name.
// CHECK: {A = 7 : i64, "a b" = 3 : i64, a.b = 5 : i64, aa = 1 : i64, u, z = {a, b = 2 : i64}}
"foo.d"() {z = {b = 2, a}, aa = 1, u, "a b" = 3, a.b = 5, A = 7} : () -> ()
// CHECK: <{a = 1 : i32, b = 2 : i32}> {c, d = "x"}
"foo.p"() <{b = 2 : i32, a = 1 : i32}> {d = "x", c} : () -> ()
// CHECK-NOT: {}
"foo.e"() {} : () -> ()
