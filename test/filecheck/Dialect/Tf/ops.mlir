// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// TF ops print in generic form, attributes in the dictionary; tf.Const results are named %cst.
// CHECK-LABEL: func.func @ops
func.func @ops(%x: tensor<1x8x8x4xf32>, %c: tensor<1x8x8x4xi1>, %b: tensor<4xf32>) -> tensor<1x8x8x4xf32> {
  // CHECK: %cst = "tf.Const"() {value = dense<1.000000e+00> : tensor<3x3x4x4xf32>} : () -> tensor<3x3x4x4xf32>
  %f = "tf.Const"() {value = dense<1.0> : tensor<3x3x4x4xf32>} : () -> tensor<3x3x4x4xf32>
  // CHECK: %0 = "tf.Conv2D"(%arg0, %cst) {data_format = "NHWC", dilations = [1, 1, 1, 1], explicit_paddings = [], padding = "SAME", strides = [1, 1, 1, 1], use_cudnn_on_gpu = true}
  // CHECK-SAME: : (tensor<1x8x8x4xf32>, tensor<3x3x4x4xf32>) -> tensor<1x8x8x4xf32>
  %0 = "tf.Conv2D"(%x, %f) {data_format = "NHWC", dilations = [1, 1, 1, 1], explicit_paddings = [], padding = "SAME", strides = [1, 1, 1, 1], use_cudnn_on_gpu = true} : (tensor<1x8x8x4xf32>, tensor<3x3x4x4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %1 = "tf.BiasAdd"(%0, %arg2) {data_format = "NHWC"}
  %1 = "tf.BiasAdd"(%0, %b) {data_format = "NHWC"} : (tensor<1x8x8x4xf32>, tensor<4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %2 = "tf.Relu"(%1)
  %2 = "tf.Relu"(%1) : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %3 = "tf.Sign"(%2)
  %3 = "tf.Sign"(%2) : (tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %4 = "tf.AddV2"(%3, %arg2) : (tensor<1x8x8x4xf32>, tensor<4xf32>) -> tensor<1x8x8x4xf32>
  %4 = "tf.AddV2"(%3, %b) : (tensor<1x8x8x4xf32>, tensor<4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %5 = "tf.Select"(%arg1, %4, %arg0)
  %5 = "tf.Select"(%c, %4, %x) : (tensor<1x8x8x4xi1>, tensor<1x8x8x4xf32>, tensor<1x8x8x4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %6 = "tf.LogicalNot"(%arg1)
  %6 = "tf.LogicalNot"(%c) : (tensor<1x8x8x4xi1>) -> tensor<1x8x8x4xi1>
  // CHECK: %7 = "tf.SelectV2"(%6, %5, %arg2)
  %7 = "tf.SelectV2"(%6, %5, %b) : (tensor<1x8x8x4xi1>, tensor<1x8x8x4xf32>, tensor<4xf32>) -> tensor<1x8x8x4xf32>
  // CHECK: %8 = "tf.MaxPool"(%7) {ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]}
  %8 = "tf.MaxPool"(%7) {ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x8x8x4xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: %9:6 = "tf.FusedBatchNormV3"(%8, %arg2, %arg2, %arg2, %arg2) {epsilon = 1.000000e-03 : f32, is_training = false}
  %9:6 = "tf.FusedBatchNormV3"(%8, %b, %b, %b, %b) {epsilon = 0.001 : f32, is_training = false} : (tensor<1x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<1x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<*xf32>)
  // CHECK: %10 = "tf.Identity"(%9#0) {device = ""}
  %10 = "tf.Identity"(%9#0) {device = ""} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: %11:2 = "tf.IdentityN"(%10, %arg2)
  %11:2 = "tf.IdentityN"(%10, %b) : (tensor<1x4x4x4xf32>, tensor<4xf32>) -> (tensor<1x4x4x4xf32>, tensor<4xf32>)
  // CHECK: %12 = "tf.CheckNumerics"(%11#0) {message = "bad"}
  %12 = "tf.CheckNumerics"(%11#0) {message = "bad"} : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: %13 = "tf.Snapshot"(%12)
  %13 = "tf.Snapshot"(%12) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: %14 = "tf.StopGradient"(%13)
  %14 = "tf.StopGradient"(%13) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  // CHECK: %15 = "tf.PlaceholderWithDefault"(%14)
  %15 = "tf.PlaceholderWithDefault"(%14) : (tensor<1x4x4x4xf32>) -> tensor<1x4x4x4xf32>
  return %x : tensor<1x8x8x4xf32>
}

// CHECK-LABEL: func.func @shape_ops
func.func @shape_ops(%x: tensor<2x3xf32>, %p: tensor<2x2xi32>, %v: tensor<f32>) {
  // CHECK: %0 = "tf.Shape"(%arg0) : (tensor<2x3xf32>) -> tensor<2xi64>
  %0 = "tf.Shape"(%x) : (tensor<2x3xf32>) -> tensor<2xi64>
  // CHECK: %1 = "tf.BroadcastTo"(%arg0, %0)
  %1 = "tf.BroadcastTo"(%x, %0) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %perm = "tf.Const"() {value = dense<[1, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
  // CHECK: %2 = "tf.Transpose"(%arg0, %cst) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  %2 = "tf.Transpose"(%x, %perm) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  // CHECK: %3 = "tf.Reshape"(%2, %0)
  %3 = "tf.Reshape"(%2, %0) : (tensor<3x2xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %axis = "tf.Const"() {value = dense<0> : tensor<i32>} : () -> tensor<i32>
  // CHECK: %4 = "tf.ExpandDims"(%3, %cst_0) : (tensor<2x3xf32>, tensor<i32>) -> tensor<1x2x3xf32>
  %4 = "tf.ExpandDims"(%3, %axis) : (tensor<2x3xf32>, tensor<i32>) -> tensor<1x2x3xf32>
  // CHECK: %5 = "tf.Squeeze"(%4) {squeeze_dims = [0]}
  %5 = "tf.Squeeze"(%4) {squeeze_dims = [0]} : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
  // CHECK: %6 = "tf.Pad"(%5, %arg1)
  %6 = "tf.Pad"(%5, %p) : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<4x5xf32>
  // CHECK: %7 = "tf.PadV2"(%5, %arg1, %arg2)
  %7 = "tf.PadV2"(%5, %p, %v) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<f32>) -> tensor<4x5xf32>
  // CHECK: %8 = "tf.MatMul"(%5, %2) {transpose_a = false, transpose_b = false}
  %8 = "tf.MatMul"(%5, %2) {transpose_a = false, transpose_b = false} : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  // CHECK: %9 = "tf.Mean"(%8, %cst_0) {keep_dims = true}
  %9 = "tf.Mean"(%8, %axis) {keep_dims = true} : (tensor<2x2xf32>, tensor<i32>) -> tensor<1x2xf32>
  // CHECK: %10 = "tf.Softmax"(%9)
  %10 = "tf.Softmax"(%9) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  // CHECK: %11 = "tf.Sub"(%10, %9)
  %11 = "tf.Sub"(%10, %9) : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  // CHECK: %12 = "tf.Mul"(%11, %9)
  %12 = "tf.Mul"(%11, %9) : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  // CHECK: %13 = "tf.RealDiv"(%12, %9)
  %13 = "tf.RealDiv"(%12, %9) : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xf32>
  // CHECK: %14 = "tf.Relu6"(%13)
  %14 = "tf.Relu6"(%13) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return
}

// CHECK-LABEL: func.func @spatial
func.func @spatial(%x: tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32> {
  %block = "tf.Const"() {value = dense<2> : tensor<2xi32>} : () -> tensor<2xi32>
  %pads = "tf.Const"() {value = dense<0> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
  // CHECK: %0 = "tf.SpaceToBatchND"(%arg0, %cst, %cst_0) : (tensor<1x4x4x1xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x2x2x1xf32>
  %0 = "tf.SpaceToBatchND"(%x, %block, %pads) : (tensor<1x4x4x1xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x2x2x1xf32>
  // CHECK: %1 = "tf.BatchToSpaceND"(%0, %cst, %cst_0) : (tensor<4x2x2x1xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x4x4x1xf32>
  %1 = "tf.BatchToSpaceND"(%0, %block, %pads) : (tensor<4x2x2x1xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x4x4x1xf32>
  return %1 : tensor<1x4x4x1xf32>
}

// Ops TF does not define are accepted without --allow-unregistered-dialect.
// CHECK-LABEL: func.func @unknown
// CHECK: %0 = "tf.ReadVariableOp"(%arg0) {device = ""} : (tensor<!tf_type.resource<tensor<6xf32>>>) -> tensor<6xf32>
func.func @unknown(%r: tensor<!tf_type.resource<tensor<6xf32>>>) -> tensor<6xf32> {
  %0 = "tf.ReadVariableOp"(%r) {device = ""} : (tensor<!tf_type.resource<tensor<6xf32>>>) -> tensor<6xf32>
  return %0 : tensor<6xf32>
}

// String constants, and constants whose result type is the reference type of the value's
// (tf.Const's result is checked with reference types dropped).
// CHECK-LABEL: func.func @constants
// CHECK: %cst = "tf.Const"() {value = dense<["a", "b"]> : tensor<2x!tf_type.string>} : () -> tensor<2x!tf_type.string>
// CHECK: %cst_0 = "tf.Const"() {value = dense<1> : tensor<3xi8>} : () -> tensor<3x!tf_type.int8ref>
func.func @constants() -> (tensor<2x!tf_type.string>, tensor<3x!tf_type.int8ref>) {
  %0 = "tf.Const"() {value = dense<["a", "b"]> : tensor<2x!tf_type.string>} : () -> tensor<2x!tf_type.string>
  %1 = "tf.Const"() {value = dense<1> : tensor<3xi8>} : () -> tensor<3x!tf_type.int8ref>
  return %0, %1 : tensor<2x!tf_type.string>, tensor<3x!tf_type.int8ref>
}
