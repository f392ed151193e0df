// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK: "foo.ints"()
// CHECK-SAME: a = 1 : i64
// CHECK-SAME: b = -1 : i8
// CHECK-SAME: c = 255 : ui8
// CHECK-SAME: d = true
// CHECK-SAME: e = false
// CHECK-SAME: f = 16 : i64
// CHECK-SAME: g = -1 : i32
// CHECK-SAME: h = 18446744073709551616 : i128
// CHECK-SAME: i = -4 : si3
// CHECK-SAME: j = [1, 2 : i32, 3]
"foo.ints"() {a = 1, b = 0xFF : i8, c = 255 : ui8, d = 1 : i1, e = 0 : i1, f = 0x10, g = -0x1 : i32, h = 18446744073709551616 : i128, i = -4 : si3, j = [1, 2 : i32, 3 : i64]} : () -> ()
