// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// CHECK-LABEL: func.func @empty() {
// CHECK-NEXT:    return
// CHECK-NEXT:  }
func.func @empty() {
  return
}

// CHECK-LABEL: func.func @two(%arg0: i32, %arg1: f32) -> (f32, i32) {
// CHECK-NEXT:    return %arg1, %arg0 : f32, i32
func.func @two(%a: i32, %b: f32) -> (f32, i32) {
  return %b, %a : f32, i32
}

// CHECK-LABEL: func.func private @decl(i32, tensor<?xf32>) -> i64
func.func private @decl(i32, tensor<?xf32>) -> (i64)

// CHECK-LABEL: func.func nested @nest()
func.func nested @nest() {
  return
}

// CHECK-LABEL: func.func @fnres() -> ((i32) -> i32)
func.func @fnres() -> ((i32) -> i32) {
  %f = func.constant @fnres2 : (i32) -> i32
  return %f : (i32) -> i32
}
func.func private @fnres2(i32) -> i32
