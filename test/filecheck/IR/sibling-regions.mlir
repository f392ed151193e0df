// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK: %0 = "foo.a"() : () -> i32
%v = "foo.a"() : () -> i32
// CHECK-NEXT: "foo.two"() ({
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT:   %2 = "foo.b"(%0) : (i32) -> i32
// CHECK:      }, {
// CHECK-NEXT: ^bb0(%arg0: i32, %arg1: i32):
// CHECK-NEXT:   %2 = "foo.b"(%arg1) : (i32) -> i32
// CHECK-NEXT:   %3 = "foo.b"() : () -> i32
"foo.two"() ({
^bb0(%p: i32):
  %q = "foo.b"(%v) : (i32) -> i32
  "foo.t"() : () -> ()
}, {
^bb0(%p: i32, %r: i32):
  %q = "foo.b"(%r) : (i32) -> i32
  %s = "foo.b"() : () -> i32
  "foo.t"() : () -> ()
}) : () -> ()
// The op after the region was numbered before the nested regions.
// CHECK: %1 = "foo.c"() : () -> i32
%w = "foo.c"() : () -> i32
