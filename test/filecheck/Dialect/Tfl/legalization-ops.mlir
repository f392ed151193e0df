// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// tfl ops TF legalization creates besides those in ops.mlir: greater/less print in TF's
// one-result syntax, the others in generic form.
// CHECK-LABEL: func.func @ops
func.func @ops(%x: tensor<2x3xf32>, %c: tensor<2x3xi1>, %s: tensor<f32>, %i: tensor<2x3xi32>, %z: tensor<i32>, %shape: tensor<3xi64>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>, tensor<4x2x3xf32>) {
  // CHECK-NEXT: %0 = tfl.greater(%arg0, %arg0) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  // CHECK-NEXT: %1 = tfl.less(%arg0, %arg2) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  // CHECK-NEXT: %2 = "tfl.select"(%arg1, %arg0, %arg0) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %3 = "tfl.select_v2"(%arg1, %arg2, %arg0) : (tensor<2x3xi1>, tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %4 = "tfl.maximum"(%arg3, %arg4) : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  // CHECK-NEXT: %5 = "tfl.sign"(%arg0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %6 = "tfl.broadcast_to"(%arg0, %arg5) : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<4x2x3xf32>
  %0 = "tfl.greater"(%x, %x) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  %1 = tfl.less(%x, %s) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  %2 = "tfl.select"(%c, %x, %x) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "tfl.select_v2"(%c, %s, %x) : (tensor<2x3xi1>, tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "tfl.maximum"(%i, %z) : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  %5 = "tfl.sign"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = "tfl.broadcast_to"(%x, %shape) : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<4x2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>, tensor<4x2x3xf32>
}
