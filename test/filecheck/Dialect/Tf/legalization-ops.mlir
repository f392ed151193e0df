// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// The tf ops TFL legalization handles besides those in ops.mlir, in generic form.
// CHECK-LABEL: func.func @ops
func.func @ops(%x: tensor<1x6x6x2xf32>, %f: tensor<3x3x2x2xf32>, %i: tensor<4xi32>, %a: tensor<i64>) -> (tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>, tensor<1x3x3x2xf32>, tensor<1x6x6x4xf32>, tensor<2x6x6x2xf32>, tensor<4xf32>) {
  // CHECK-NEXT: %0 = "tf.Greater"(%arg2, %arg2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // CHECK-NEXT: %1 = "tf.GreaterEqual"(%arg2, %arg2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // CHECK-NEXT: %2 = "tf.Less"(%arg2, %arg2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // CHECK-NEXT: %3 = "tf.LessEqual"(%arg2, %arg2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // CHECK-NEXT: %4 = "tf.Tanh"(%arg0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  // CHECK-NEXT: %5 = "tf.Sigmoid"(%arg0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  // CHECK-NEXT: %6 = "tf.AvgPool"(%arg0) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  // CHECK-NEXT: %7 = "tf.DepthwiseConv2dNative"(%arg0, %arg1) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x6x6x2xf32>, tensor<3x3x2x2xf32>) -> tensor<1x6x6x4xf32>
  // CHECK-NEXT: %8 = "tf.ConcatV2"(%arg0, %arg0, %arg3) : (tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>, tensor<i64>) -> tensor<2x6x6x2xf32>
  // CHECK-NEXT: %9 = "tf.Cast"(%arg2) {Truncate = false} : (tensor<4xi32>) -> tensor<4xf32>
  %0 = "tf.Greater"(%i, %i) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %1 = "tf.GreaterEqual"(%i, %i) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %2 = "tf.Less"(%i, %i) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %3 = "tf.LessEqual"(%i, %i) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %4 = "tf.Tanh"(%x) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  %5 = "tf.Sigmoid"(%x) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  %6 = "tf.AvgPool"(%x) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  %7 = "tf.DepthwiseConv2dNative"(%x, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x6x6x2xf32>, tensor<3x3x2x2xf32>) -> tensor<1x6x6x4xf32>
  %8 = "tf.ConcatV2"(%x, %x, %a) : (tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>, tensor<i64>) -> tensor<2x6x6x2xf32>
  %9 = "tf.Cast"(%i) {Truncate = false} : (tensor<4xi32>) -> tensor<4xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>, tensor<1x3x3x2xf32>, tensor<1x6x6x4xf32>, tensor<2x6x6x2xf32>, tensor<4xf32>
}

// A cast to the same type folds away.
// RUN: lce-opt %s -canonicalize | FileCheck %s --check-prefix=FOLD
// FOLD-LABEL: func.func @same_type_cast
// FOLD-NEXT: return %arg0
func.func @same_type_cast(%x: tensor<3xi32>) -> tensor<3xi32> {
  %0 = "tf.Cast"(%x) : (tensor<3xi32>) -> tensor<3xi32>
  return %0 : tensor<3xi32>
}
