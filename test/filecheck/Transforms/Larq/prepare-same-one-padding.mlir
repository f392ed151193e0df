// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce, pattern (f): a VALID tf.Conv2D of tf.PadV2(lq.Dequantize(x), paddings, 1)
// with a binary filter, where the paddings are what SAME padding would add, becomes an
// lq.Bconv2d with padding = "SAME" and pad_values = 1 ("same-one"), on both targets. LCE's
// test: paddings [4, 2] with nothing on batch and channels, each spatial total split with the
// smaller half first, and out = ceil(in / stride); neither filter size nor dilation is checked.

// An odd total puts the extra row/column after (TF's SAME for a 4x2 filter).
// CHECK-LABEL: func.func @same_one_stride1_odd_total
// CHECK-NEXT: %[[NONE:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[BIAS:.*]] = arith.constant dense<0.000000e+00> : tensor<8xf32>
// CHECK-NEXT: %[[PERM:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
// CHECK-NEXT: %[[W:.*]] = arith.constant dense<5.000000e-01> : tensor<4x2x70x8xf32>
// CHECK-NEXT: %[[SCALE:.*]] = arith.constant dense<5.000000e-01> : tensor<8xf32>
// CHECK-NEXT: %[[DIV:.*]] = "tf.Div"(%[[W]], %[[SCALE]]) : (tensor<4x2x70x8xf32>, tensor<8xf32>) -> tensor<4x2x70x8xf32>
// CHECK-NEXT: %[[T:.*]] = "tf.Transpose"(%[[DIV]], %[[PERM]]) : (tensor<4x2x70x8xf32>, tensor<4xi32>) -> tensor<8x4x2x70xf32>
// CHECK-NEXT: %[[CONV:.*]] = "lq.Bconv2d"(%arg0, %[[T]], %[[SCALE]], %[[BIAS]], %[[NONE]]) <{channels_in = 70 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x6x7x3xi32>, tensor<8x4x2x70xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x6x7x8xf32>
// CHECK-NEXT: return %[[CONV]]
func.func @same_one_stride1_odd_total(%arg0: tensor<1x6x7x3xi32>) -> tensor<1x6x7x8xf32> {
  %f = arith.constant dense<0.5> : tensor<4x2x70x8xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 2], [0, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x7x3xi32>) -> tensor<1x6x7x70xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x7x70xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x9x8x70xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x9x8x70xf32>, tensor<4x2x70x8xf32>) -> tensor<1x6x7x8xf32>
  return %2 : tensor<1x6x7x8xf32>
}

// Strides, a dilation, i64 paddings (read at any integer width) and a one-element pad value of rank 1.
// CHECK-LABEL: func.func @same_one_strides_dilation_i64_paddings
// CHECK: "tf.Transpose"{{.*}} -> tensor<2x3x1x1xf32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, {{.*}}) <{channels_in = 1 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 2 : i32}>
func.func @same_one_strides_dilation_i64_paddings(%arg0: tensor<2x9x8x1xi32>) -> tensor<2x3x4x2xf32> {
  %f = arith.constant dense<[[[[0.25, -4.0]]], [[[-0.25, 4.0]]], [[[0.25, 4.0]]]]> : tensor<3x1x1x2xf32>
  %one = arith.constant dense<1.0> : tensor<1xf32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [0, 0], [0, 0]]> : tensor<4x2xi64>
  %0 = "lq.Dequantize"(%arg0) : (tensor<2x9x8x1xi32>) -> tensor<2x9x8x1xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<2x9x8x1xf32>, tensor<4x2xi64>, tensor<1xf32>) -> tensor<2x11x8x1xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 3, 2, 1], dilations = [1, 2, 1, 1]} : (tensor<2x11x8x1xf32>, tensor<3x1x1x2xf32>) -> tensor<2x3x4x2xf32>
  return %2 : tensor<2x3x4x2xf32>
}

// Dynamic spatial sizes on both sides pass LCE's size test (both read as 0 in its int arithmetic).
// CHECK-LABEL: func.func @same_one_dynamic_spatial
// CHECK: "lq.Bconv2d"(%arg0, {{.*}}) <{channels_in = 2 : i32, {{.*}} pad_values = 1 : i32, padding = "SAME", {{.*}} -> tensor<1x?x?x4xf32>
func.func @same_one_dynamic_spatial(%arg0: tensor<1x?x?x1xi32>) -> tensor<1x?x?x4xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x?x?x1xi32>) -> tensor<1x?x?x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x?x?x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x?x?x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x?x?x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x?x?x4xf32>
  return %2 : tensor<1x?x?x4xf32>
}

// LCE accepts (1, 1) for a 3x3 filter with stride 2 on 6x6, where TF's SAME would pad (0, 1):
// only out = ceil(in / stride) and the split are checked.
// CHECK-LABEL: func.func @stride_two_symmetric_pads
// CHECK: "lq.Bconv2d"(%arg0, {{.*}}) <{channels_in = 2 : i32, {{.*}} pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}>
func.func @stride_two_symmetric_pads(%arg0: tensor<1x6x6x1xi32>) -> tensor<1x3x3x4xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x3x3x4xf32>
  return %2 : tensor<1x3x3x4xf32>
}

// The pad value must be 1 (0 would be same-zero padding, which this pattern does not make).
// CHECK-LABEL: func.func @pad_value_zero
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @pad_value_zero(%arg0: tensor<1x6x6x1xi32>) -> tensor<1x6x6x4xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %zero) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x6x6x4xf32>
  return %2 : tensor<1x6x6x4xf32>
}

// The smaller half must come first.
// CHECK-LABEL: func.func @extra_row_before
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @extra_row_before(%arg0: tensor<1x6x6x1xi32>) -> tensor<1x6x6x4xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [2, 0], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x6x6x4xf32>
  return %2 : tensor<1x6x6x4xf32>
}

// Batch and channel dimensions must not be padded.
// CHECK-LABEL: func.func @batch_and_channel_padding
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @batch_and_channel_padding(%arg0: tensor<1x6x6x1xi32>) -> (tensor<3x6x6x4xf32>, tensor<1x6x6x4xf32>) {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %g = arith.constant dense<1.0> : tensor<3x3x4x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %batch = arith.constant dense<[[1, 1], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %channel = arith.constant dense<[[0, 0], [1, 1], [1, 1], [1, 1]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %batch, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<3x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<3x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<3x6x6x4xf32>
  %3 = "tf.PadV2"(%0, %channel, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x4xf32>
  %4 = "tf.Conv2D"(%3, %g) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x4xf32>, tensor<3x3x4x4xf32>) -> tensor<1x6x6x4xf32>
  return %2, %4 : tensor<3x6x6x4xf32>, tensor<1x6x6x4xf32>
}

// A 1x1 filter over the padded input: the output is larger than ceil(in / stride).
// CHECK-LABEL: func.func @output_is_not_ceil_div
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @output_is_not_ceil_div(%arg0: tensor<1x6x6x1xi32>) -> tensor<1x8x8x4xf32> {
  %f = arith.constant dense<-1.0> : tensor<1x1x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x2xf32>, tensor<1x1x2x4xf32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// The convolution of the padded input must be VALID.
// CHECK-LABEL: func.func @same_convolution_of_padded_input
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @same_convolution_of_padded_input(%arg0: tensor<1x6x6x1xi32>) -> tensor<1x8x8x4xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// The filter must be binary.
// CHECK-LABEL: func.func @non_binary_filter
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @non_binary_filter(%arg0: tensor<1x6x6x1xi32>) -> tensor<1x6x6x4xf32> {
  %f = arith.constant dense<[[[[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]]], [[[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]]], [[[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0]], [[1.0, 1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 0.5]]]]> : tensor<3x3x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x6x6x4xf32>
  return %2 : tensor<1x6x6x4xf32>
}

// A spatial size dynamic on one side only fails the size test.
// CHECK-LABEL: func.func @one_dynamic_size
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.PadV2"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @one_dynamic_size(%arg0: tensor<1x?x6x1xi32>) -> tensor<1x6x6x4xf32> {
  %f = arith.constant dense<1.0> : tensor<3x3x2x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x?x6x1xi32>) -> tensor<1x?x6x2xf32>
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x?x6x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x8x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x4xf32>) -> tensor<1x6x6x4xf32>
  return %2 : tensor<1x6x6x4xf32>
}
