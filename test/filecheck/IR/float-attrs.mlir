// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK: a = 1.000000e+00 : f32
// CHECK-SAME: b = 1.000000e-01 : f64
// CHECK-SAME: c = 0.33333333333300003 : f64
// CHECK-SAME: d = 1.00000012 : f32
// CHECK-SAME: e = 0x4170000010000000 : f64
// CHECK-SAME: f = 0x7FC00000 : f32
// CHECK-SAME: g = 0xFF800000 : f32
// CHECK-SAME: h = -0.000000e+00 : f64
// CHECK-SAME: i = 0x7F800000 : f32
// CHECK-SAME: j = 1.788140e-07 : f16
"foo.f"() {a = 1.0 : f32, b = 0.1, c = 0.333333333333 : f64, d = 0x3F800001 : f32, e = 16777217.0 : f64, f = 0x7FC00000 : f32, g = 0xFF800000 : f32, h = -0.0, i = 1.5e300 : f32, j = 1.788140e-07 : f16} : () -> ()
// Arrays elide f64 and i64 element types.
// CHECK: k = [1.000000e+00, 2.500000e+00 : f32]
"foo.g"() {k = [1.0, 2.5 : f32]} : () -> ()
