// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce: HasValidFilterShape, the last condition of the binary convolution patterns.
// The filter's input channels must divide the input's; with more than one group, each group
// must hold a multiple of 32 channels. Otherwise LCE reports an error at the filter and leaves
// the convolution. The error is only reported when every other condition of the pattern holds.

// Two groups of 32 channels.
// CHECK-LABEL: func.func @grouped
// CHECK: "lq.Bconv2d"(%arg0, {{.*}}) <{channels_in = 64 : i32, {{.*}} : (tensor<1x7x7x2xi32>, tensor<6x3x3x32xf32>, tensor<6xf32>, tensor<6xf32>, none) -> tensor<1x5x5x6xf32>
func.func @grouped(%arg0: tensor<1x7x7x2xi32>) -> tensor<1x5x5x6xf32> {
  %filter = arith.constant dense<-1.0> : tensor<3x3x32x6xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x7x7x2xi32>) -> tensor<1x7x7x64xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x7x7x64xf32>, tensor<3x3x32x6xf32>) -> tensor<1x5x5x6xf32>
  return %1 : tensor<1x5x5x6xf32>
}

// Three groups of 16 channels.
// CHECK-LABEL: func.func @groups_not_word_aligned
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"
func.func @groups_not_word_aligned(%arg0: tensor<1x4x4x2xi32>) -> tensor<1x4x4x3xf32> {
  // expected-error @+1 {{Invalid binary grouped convolution: the number of input channels per-group must be a multiple of 32, but is 16}}
  %filter = "tf.Const"() {value = dense<1.0> : tensor<1x1x16x3xf32>} : () -> tensor<1x1x16x3xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x2xi32>) -> tensor<1x4x4x48xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x48xf32>, tensor<1x1x16x3xf32>) -> tensor<1x4x4x3xf32>
  return %1 : tensor<1x4x4x3xf32>
}

// Same-one padding: the dequantized input has 96 channels; after the pad the channel count is
// unknown, so the convolution itself verifies with a 64-channel filter.
// CHECK-LABEL: func.func @filter_does_not_divide_input
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"
func.func @filter_does_not_divide_input(%arg0: tensor<1x6x6x3xi32>) -> tensor<1x6x6x2xf32> {
  // expected-error @+1 {{Filter dimensions invalid: the number of filter input channels 64 does not divide the total number of input channels 96}}
  %filter = arith.constant dense<0.5> : tensor<3x3x64x2xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x3xi32>) -> tensor<1x6x6x96xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x96xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x?xf32>
  %2 = "tf.Conv2D"(%1, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x?xf32>, tensor<3x3x64x2xf32>) -> tensor<1x6x6x2xf32>
  return %2 : tensor<1x6x6x2xf32>
}

// No error when another condition fails first: a non-binary filter, a pad value other than 1,
// strides not of the form [1, x, y, 1].
// CHECK-LABEL: func.func @other_conditions_fail_first
// CHECK-NOT: lq.Bconv2d
// CHECK-COUNT-3: "tf.Conv2D"
func.func @other_conditions_fail_first(%arg0: tensor<1x6x6x2xi32>, %arg1: tensor<1x6x6x3xi32>) -> (tensor<1x6x6x3xf32>, tensor<1x6x6x2xf32>, tensor<1x6x6x3xf32>) {
  %nonbinary = arith.constant dense<[[[[1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0], [1.0, 1.0, 2.0]]]]> : tensor<1x1x16x3xf32>
  %binary = arith.constant dense<1.0> : tensor<1x1x16x3xf32>
  %filter = arith.constant dense<0.5> : tensor<3x3x64x2xf32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x2xi32>) -> tensor<1x6x6x48xf32>
  %1 = "tf.Conv2D"(%0, %nonbinary) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x6x6x48xf32>, tensor<1x1x16x3xf32>) -> tensor<1x6x6x3xf32>
  %2 = "lq.Dequantize"(%arg1) : (tensor<1x6x6x3xi32>) -> tensor<1x6x6x96xf32>
  %3 = "tf.PadV2"(%2, %pads, %zero) : (tensor<1x6x6x96xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x?xf32>
  %4 = "tf.Conv2D"(%3, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x?xf32>, tensor<3x3x64x2xf32>) -> tensor<1x6x6x2xf32>
  %5 = "tf.Conv2D"(%0, %binary) {padding = "VALID", strides = [2, 1, 1, 1]} : (tensor<1x6x6x48xf32>, tensor<1x1x16x3xf32>) -> tensor<1x6x6x3xf32>
  return %1, %4, %5 : tensor<1x6x6x3xf32>, tensor<1x6x6x2xf32>, tensor<1x6x6x3xf32>
}
