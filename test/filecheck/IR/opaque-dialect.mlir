// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect | lce-opt --allow-unregistered-dialect | FileCheck %s

// Simple bodies switch to the pretty form.
// CHECK: () -> (!foo.abc, !foo.a<1>, !foo<"x y">, !foo.bar<"s", [1]>)
"foo.t"() : () -> (!foo<abc>, !foo<a<1>>, !foo<"x y">, !foo.bar<"s", [1]>)
// CHECK: {a = #foo.abc, b = #foo<"x y">, c = #foo.thing<"bla" 1, 2>}
"foo.a"() {a = #foo<abc>, b = #foo<"x y">, c = #foo.thing<"bla" 1, 2>} : () -> ()
