// RUN: lce-opt %s -tfl-lce-bitpack-weights -verify-diagnostics --split-input-file | FileCheck %s

// Binary convolution filters that are f32 rank-4 constants are bitpacked along their last
// axis: [O,H,W,I] f32 becomes [O,H,W,ceil(I/32)] i32, bit j%32 of word j/32 set for a negative
// element j. The expected words were computed by hand/script as the sum of 2^(j%32) over the
// negative elements j of each word, read as a signed 32-bit integer.

// 40 input channels: two words per row, the second holding channels 32..39 in its low byte.
// CHECK-LABEL: func.func @two_words_per_row
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<{{\[\[\[\[}}1277237317, 132]]], {{\[\[\[}}1047166015, 243]]]]> : tensor<2x1x1x2xi32>
// CHECK-NEXT: %[[C:.*]] = "lq.Bconv2d"(%arg0, %[[F]], %arg1, %arg1, %arg2) <{channels_in = 40 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 1 : i32}> : (tensor<1x6x6x2xi32>, tensor<2x1x1x2xi32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x6x2xf32>
// CHECK-NEXT: return %[[C]]
func.func @two_words_per_row(%arg0: tensor<1x6x6x2xi32>, %arg1: tensor<2xf32>, %arg2: none) -> tensor<1x3x6x2xf32> {
  %filter = arith.constant dense<[[[[-1.0, 1.0, -1.0, 1.0, 1.0, 1.0, -1.0, 1.0, 1.0, 1.0, 1.0, -1.0, -1.0, 1.0, 1.0, 1.0, -1.0, 1.0, 1.0, 1.0, 1.0, -1.0, 1.0, 1.0, 1.0, 1.0, -1.0, -1.0, 1.0, 1.0, -1.0, 1.0, 1.0, 1.0, -1.0, 1.0, 1.0, 1.0, 1.0, -1.0]]], [[[-1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 1.0, 1.0, 1.0, 1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 1.0, 1.0, -1.0, 1.0, -1.0, 1.0, -1.0, -1.0, 1.0, 1.0, -1.0, -1.0, -1.0, -1.0, -1.0, 1.0, 1.0, -1.0, -1.0, 1.0, 1.0, -1.0, -1.0, -1.0, -1.0]]]]> : tensor<2x1x1x40xf32>
  %0 = "lq.Bconv2d"(%arg0, %filter, %arg1, %arg1, %arg2) {channels_in = 40 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 1 : i32} : (tensor<1x6x6x2xi32>, tensor<2x1x1x40xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x6x2xf32>
  return %0 : tensor<1x3x6x2xf32>
}

// -----

// One channel per row: a word is 1 for a negative value and 0 otherwise; -0.0 is not negative.
// The bitpacked-output form (i32 result with thresholds) is packed the same way.
// CHECK-LABEL: func.func @one_channel_packed_output
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<{{\[\[\[\[}}0]], {{\[\[}}1]]], {{\[\[\[}}1]], {{\[\[}}0]]], {{\[\[\[}}0]], {{\[\[}}1]]]]> : tensor<3x2x1x1xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[F]], %arg1, %arg1, %arg2) <{{.*}}fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID"{{.*}}}> : (tensor<2x5x5x1xi32>, tensor<3x2x1x1xi32>, none, none, tensor<3xi32>) -> tensor<2x4x5x1xi32>
func.func @one_channel_packed_output(%arg0: tensor<2x5x5x1xi32>, %arg1: none, %arg2: tensor<3xi32>) -> tensor<2x4x5x1xi32> {
  %filter = arith.constant dense<[[[[1.0]], [[-1.0]]], [[[-1.0]], [[1.0]]], [[[-0.0]], [[-2.5]]]]> : tensor<3x2x1x1xf32>
  %0 = "lq.Bconv2d"(%arg0, %filter, %arg1, %arg1, %arg2) {channels_in = 1 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<2x5x5x1xi32>, tensor<3x2x1x1xf32>, none, none, tensor<3xi32>) -> tensor<2x4x5x1xi32>
  return %0 : tensor<2x4x5x1xi32>
}

// -----

// A grouped convolution (128 channels in groups of 64): the per-group filter channels pack
// into 2 words; an all-negative splat packs to the all-ones word -1.
// CHECK-LABEL: func.func @grouped_splat
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<-1> : tensor<8x3x3x2xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[F]], %arg1, %arg1, %arg2) <{channels_in = 128 : i32, {{.*}}fused_activation_function = "RELU_N1_TO_1"{{.*}}}> : (tensor<1x9x9x4xi32>, tensor<8x3x3x2xi32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x7x7x8xf32>
func.func @grouped_splat(%arg0: tensor<1x9x9x4xi32>, %arg1: tensor<8xf32>, %arg2: none) -> tensor<1x7x7x8xf32> {
  %filter = arith.constant dense<-0.5> : tensor<8x3x3x64xf32>
  %0 = "lq.Bconv2d"(%arg0, %filter, %arg1, %arg1, %arg2) {channels_in = 128 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x9x9x4xi32>, tensor<8x3x3x64xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x7x7x8xf32>
  return %0 : tensor<1x7x7x8xf32>
}

// -----

// The op-removal patterns are part of the pass (as in LCE): tf.Const becomes arith.constant
// and tf.Identity goes away, after which the filter is packed.
// CHECK-LABEL: func.func @through_op_removal
// CHECK-NOT: tf.
// CHECK: %[[F:.*]] = arith.constant dense<0> : tensor<4x1x1x1xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[F]], %arg1, %arg1, %arg2)
// CHECK-NOT: tf.
func.func @through_op_removal(%arg0: tensor<1x4x4x1xi32>, %arg1: tensor<4xf32>, %arg2: none) -> tensor<1x4x4x4xf32> {
  %filter = "tf.Const"() {value = dense<1.0> : tensor<4x1x1x7xf32>} : () -> tensor<4x1x1x7xf32>
  %id = "tf.Identity"(%filter) : (tensor<4x1x1x7xf32>) -> tensor<4x1x1x7xf32>
  %0 = "lq.Bconv2d"(%arg0, %id, %arg1, %arg1, %arg2) {channels_in = 7 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<4x1x1x7xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}

// -----

// Not packed: a filter that is not a constant, one already packed (i32), and an f32 filter
// held by another constant op than arith.constant.
// CHECK-LABEL: func.func @not_packed
// CHECK-NEXT: %[[P:.*]] = arith.constant dense<5> : tensor<2x1x1x1xi32>
// CHECK-NEXT: %[[Q:.*]] = "tfl.pseudo_const"() {value = dense<-1.000000e+00> : tensor<2x1x1x3xf32>} : () -> tensor<2x1x1x3xf32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %arg1,
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[P]],
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[Q]],
func.func @not_packed(%arg0: tensor<1x2x2x1xi32>, %arg1: tensor<2x1x1x3xf32>, %arg2: tensor<2xf32>, %arg3: none) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %packed = arith.constant dense<5> : tensor<2x1x1x1xi32>
  %pseudo = "tfl.pseudo_const"() {value = dense<-1.0> : tensor<2x1x1x3xf32>} : () -> tensor<2x1x1x3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x2x2x1xi32>, tensor<2x1x1x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x2x2x2xf32>
  %1 = "lq.Bconv2d"(%arg0, %packed, %arg2, %arg2, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x2x2x1xi32>, tensor<2x1x1x1xi32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x2x2x2xf32>
  %2 = "lq.Bconv2d"(%arg0, %pseudo, %arg2, %arg2, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x2x2x1xi32>, tensor<2x1x1x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x2x2x2xf32>
  return %0, %1, %2 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// Two convolutions sharing one filter constant: each gets a packed copy, and the driver's
// next sweep unifies the two equal constants.
// CHECK-LABEL: func.func @shared_filter
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<{{\[\[\[\[}}2]]], {{\[\[\[}}1]]]]> : tensor<2x1x1x1xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[F]], %arg1, %arg1, %arg2)
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %[[F]], %arg1, %arg1, %arg2)
func.func @shared_filter(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2xf32>, %arg2: none) -> (tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>) {
  %filter = arith.constant dense<[[[[1.0, -1.0]]], [[[-1.0, 1.0]]]]> : tensor<2x1x1x2xf32>
  %0 = "lq.Bconv2d"(%arg0, %filter, %arg1, %arg1, %arg2) {channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x3x3x1xi32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Bconv2d"(%arg0, %filter, %arg1, %arg1, %arg2) {channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x3x3x1xi32>, tensor<2x1x1x2xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  return %0, %1 : tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>
}
