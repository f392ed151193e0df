// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce, unipolar activations: padding, strides, dilations and groups carry over to
// lq.Bconv2d. SAME zero padding of a is padding with the +1 bit (a = 0), i.e. pad_values = 1,
// which every target supports (unlike the +-1 conv's same-zero padding, arm only).
// SAME: zero padding of a is the +1 bit, pad_values = 1, on both targets; strides carry over.
// CHECK-LABEL: func.func @same_strided
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.350000e+01> : tensor<2xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<2xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<2x3x3x3xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}> : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x3x3x2xf32>
func.func @same_strided(%x: tensor<1x5x5x3xf32>) -> tensor<1x3x3x2xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x3x2xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "SAME", strides = [1, 2, 2, 1]} : (tensor<1x5x5x3xf32>, tensor<3x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  return %2 : tensor<1x3x3x2xf32>
}

// Dilations carry over.
// CHECK-LABEL: func.func @dilated
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<-3.375000e+00> : tensor<2xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-1.250000e-01> : tensor<2xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<-1.000000e+00> : tensor<2x3x3x3xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x1x1x2xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x1x1x2xf32>
func.func @dilated(%x: tensor<1x5x5x3xf32>) -> tensor<1x1x1x2xf32> {
  %f = arith.constant dense<-0.25> : tensor<3x3x3x2xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {dilations = [1, 2, 2, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x5x5x3xf32>, tensor<3x3x3x2xf32>) -> tensor<1x1x1x2xf32>
  return %2 : tensor<1x1x1x2xf32>
}

// A dilated conv written with SpaceToBatchND/BatchToSpaceND (block 2, SAME): the dilated-conv
// rewrite recovers dilation 2 and SAME, then the unipolar rewrite applies.
// CHECK-LABEL: func.func @space_to_batch
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<6.000000e+00> : tensor<2xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<2xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<2x2x2x3xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x4x4x1xi32>, tensor<2x2x2x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x4x4x2xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x4x4x2xf32>
func.func @space_to_batch(%x: tensor<1x4x4x3xf32>) -> tensor<1x4x4x2xf32> {
  %f = arith.constant dense<1.0> : tensor<2x2x3x2xf32>
  %block = "tf.Const"() {value = dense<2> : tensor<2xi32>} : () -> tensor<2xi32>
  %pads = "tf.Const"() {value = dense<[[1, 1], [1, 1]]> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
  %crops = "tf.Const"() {value = dense<0> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
  %0 = "tf.Relu"(%x) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %2 = "tf.SpaceToBatchND"(%1, %block, %pads) : (tensor<1x4x4x3xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x3x3x3xf32>
  %3 = "tf.Conv2D"(%2, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x3x3x3xf32>, tensor<2x2x3x2xf32>) -> tensor<4x2x2x2xf32>
  %4 = "tf.BatchToSpaceND"(%3, %block, %crops) : (tensor<4x2x2x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x4x4x2xf32>
  return %4 : tensor<1x4x4x2xf32>
}

// Groups: 64 input channels, a filter of depth 32, so 2 groups; the bias sums one group's channels.
// CHECK-LABEL: func.func @grouped
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<8.000000e+00> : tensor<2xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-2.500000e-01> : tensor<2xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<2x1x1x32xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x2x2x64xf32>) -> tensor<1x2x2x64xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x2x2x64xf32>) -> tensor<1x2x2x2xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x2x2x2xi32>, tensor<2x1x1x32xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x2x2x2xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x2x2x2xf32>
func.func @grouped(%x: tensor<1x2x2x64xf32>) -> tensor<1x2x2x2xf32> {
  %f = arith.constant dense<0.5> : tensor<1x1x32x2xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x2x2x64xf32>) -> tensor<1x2x2x64xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x2x2x64xf32>) -> tensor<1x2x2x64xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x2x2x64xf32>, tensor<1x1x32x2xf32>) -> tensor<1x2x2x2xf32>
  return %2 : tensor<1x2x2x2xf32>
}
