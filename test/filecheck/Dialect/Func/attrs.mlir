// RUN: lce-opt %s | FileCheck %s

// CHECK-LABEL: func.func @f(
// CHECK-SAME: %arg0: i32 {foo.x = 1 : i32}
// CHECK-SAME: %arg1: f32 {foo.s = "s", foo.unit}
// CHECK-SAME: -> (i32 {foo.r})
// CHECK-SAME: attributes {foo.a = 1 : i32, foo.b}
func.func @f(%a: i32 {foo.x = 1 : i32}, %b: f32 {foo.unit, foo.s = "s"}) -> (i32 {foo.r}) attributes {foo.b, foo.a = 1 : i32} {
  return %a : i32
}

// Empty argument/result attribute dictionaries are dropped.
// CHECK-LABEL: func.func @g(%arg0: i32) -> i32 {
func.func @g(%a: i32 {}) -> (i32 {}) {
  return %a : i32
}
