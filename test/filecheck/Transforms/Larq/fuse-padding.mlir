// RUN: lce-opt %s -tfl-fuse-padding -verify-diagnostics --split-input-file | FileCheck %s

// -tfl-fuse-padding's four patterns ({pad, padv2} x {conv_2d, depthwise_conv_2d}), applied
// and blocked by each of their constraints.

// pad -> conv_2d, stride 2, with i64 paddings (read at any integer width): in 9, out
// ceil(9/2) = 5, pads (1,1) split as SAME splits them.
// CHECK-LABEL: func.func @pad_conv_i64_stride2
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<5.000000e-01> : tensor<4x3x3x2xf32>
// CHECK-NEXT: %[[B:.*]] = arith.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-NEXT: %0 = "tfl.conv_2d"(%arg0, %[[F]], %[[B]]) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<2x9x9x2xf32>, tensor<4x3x3x2xf32>, tensor<4xf32>) -> tensor<2x5x5x4xf32>
// CHECK-NEXT: return %0
func.func @pad_conv_i64_stride2(%arg0: tensor<2x9x9x2xf32>) -> tensor<2x5x5x4xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi64>
  %filter = arith.constant dense<0.5> : tensor<4x3x3x2xf32>
  %bias = arith.constant dense<0.0> : tensor<4xf32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<2x9x9x2xf32>, tensor<4x2xi64>) -> tensor<2x11x11x2xf32>
  %1 = "tfl.conv_2d"(%0, %filter, %bias) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<2x11x11x2xf32>, tensor<4x3x3x2xf32>, tensor<4xf32>) -> tensor<2x5x5x4xf32>
  return %1 : tensor<2x5x5x4xf32>
}

// -----

// padv2 (pad value -0.0, which equals 0.0) -> conv_2d with different H and W pads: H (2,2)
// for a 5-tall filter, W (0,1) for a 2-wide filter with stride 2 (SAME puts the odd pixel after).
// CHECK-LABEL: func.func @padv2_conv_uneven
// CHECK: %0 = "tfl.conv_2d"(%arg0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 2 : i32} : (tensor<1x7x6x3xf32>, tensor<8x5x2x3xf32>, tensor<8xf32>) -> tensor<1x7x3x8xf32>
// CHECK-NEXT: return %0
func.func @padv2_conv_uneven(%arg0: tensor<1x7x6x3xf32>, %arg1: tensor<8x5x2x3xf32>, %arg2: tensor<8xf32>) -> tensor<1x7x3x8xf32> {
  %paddings = arith.constant dense<[[0, 0], [2, 2], [0, 1], [0, 0]]> : tensor<4x2xi32>
  %zero = arith.constant dense<-0.0> : tensor<f32>
  %0 = "tfl.padv2"(%arg0, %paddings, %zero) : (tensor<1x7x6x3xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x11x7x3xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 2 : i32} : (tensor<1x11x7x3xf32>, tensor<8x5x2x3xf32>, tensor<8xf32>) -> tensor<1x7x3x8xf32>
  return %1 : tensor<1x7x3x8xf32>
}

// -----

// pad -> depthwise_conv_2d (depth multiplier 2, dilation 2: a dilated 3x3 filter spans 5).
// CHECK-LABEL: func.func @pad_depthwise
// CHECK: %0 = "tfl.depthwise_conv_2d"(%arg0, %arg1, %arg2) {depth_multiplier = 2 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 2 : i32, fused_activation_function = "RELU6", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x12x12x3xf32>, tensor<1x3x3x6xf32>, tensor<6xf32>) -> tensor<1x12x12x6xf32>
// CHECK-NEXT: return %0
func.func @pad_depthwise(%arg0: tensor<1x12x12x3xf32>, %arg1: tensor<1x3x3x6xf32>, %arg2: tensor<6xf32>) -> tensor<1x12x12x6xf32> {
  %paddings = arith.constant dense<[[0, 0], [2, 2], [2, 2], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x12x12x3xf32>, tensor<4x2xi32>) -> tensor<1x16x16x3xf32>
  %1 = "tfl.depthwise_conv_2d"(%0, %arg1, %arg2) {depth_multiplier = 2 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 2 : i32, fused_activation_function = "RELU6", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x16x16x3xf32>, tensor<1x3x3x6xf32>, tensor<6xf32>) -> tensor<1x12x12x6xf32>
  return %1 : tensor<1x12x12x6xf32>
}

// -----

// padv2 -> depthwise_conv_2d.
// CHECK-LABEL: func.func @padv2_depthwise
// CHECK: %0 = "tfl.depthwise_conv_2d"(%arg0, %arg1, %arg2) {depth_multiplier = 1 : i32, {{.*}}padding = "SAME"{{.*}}} : (tensor<3x5x5x4xf32>, tensor<1x3x3x4xf32>, tensor<4xf32>) -> tensor<3x5x5x4xf32>
// CHECK-NEXT: return %0
func.func @padv2_depthwise(%arg0: tensor<3x5x5x4xf32>, %arg1: tensor<1x3x3x4xf32>, %arg2: tensor<4xf32>) -> tensor<3x5x5x4xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %0 = "tfl.padv2"(%arg0, %paddings, %zero) : (tensor<3x5x5x4xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<3x7x7x4xf32>
  %1 = "tfl.depthwise_conv_2d"(%0, %arg1, %arg2) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<3x7x7x4xf32>, tensor<1x3x3x4xf32>, tensor<4xf32>) -> tensor<3x5x5x4xf32>
  return %1 : tensor<3x5x5x4xf32>
}

// -----

// As in LCE, the filter size is not checked (spec open question 4): in 4, stride 2 and a
// 3-wide filter give SAME pads (0,1), yet pads (1,1) also pass the output-size and split
// tests and are fused.
// CHECK-LABEL: func.func @filter_size_not_checked
// CHECK: "tfl.conv_2d"(%arg0, %arg1, %arg2) {{.*}}padding = "SAME"
func.func @filter_size_not_checked(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> tensor<1x2x2x1xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x6x6x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x2x2x1xf32>
  return %1 : tensor<1x2x2x1xf32>
}

// -----

// Blocked: the padded tensor has another user.
// CHECK-LABEL: func.func @pad_used_twice
// CHECK: %[[P:.*]] = "tfl.pad"
// CHECK-NEXT: "tfl.conv_2d"(%[[P]], {{.*}}padding = "VALID"
func.func @pad_used_twice(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> (tensor<1x4x4x1xf32>, tensor<1x6x6x1xf32>) {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x6x6x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  return %1, %0 : tensor<1x4x4x1xf32>, tensor<1x6x6x1xf32>
}

// -----

// Blocked: the pad value is not 0.0.
// CHECK-LABEL: func.func @padv2_nonzero
// CHECK: "tfl.padv2"
// CHECK-NEXT: "tfl.depthwise_conv_2d"({{.*}}padding = "VALID"
func.func @padv2_nonzero(%arg0: tensor<1x4x4x2xf32>, %arg1: tensor<1x3x3x2xf32>, %arg2: tensor<2xf32>) -> tensor<1x4x4x2xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %value = arith.constant dense<1.0e-30> : tensor<f32>
  %0 = "tfl.padv2"(%arg0, %paddings, %value) : (tensor<1x4x4x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x6x6x2xf32>
  %1 = "tfl.depthwise_conv_2d"(%0, %arg1, %arg2) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x2xf32>, tensor<1x3x3x2xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  return %1 : tensor<1x4x4x2xf32>
}

// -----

// Blocked: batch padding.
// CHECK-LABEL: func.func @batch_padding
// CHECK: "tfl.pad"
func.func @batch_padding(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> tensor<2x4x4x1xf32> {
  %paddings = arith.constant dense<[[1, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<2x6x6x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<2x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<2x4x4x1xf32>
  return %1 : tensor<2x4x4x1xf32>
}

// -----

// Blocked: the odd pixel padded before instead of after ((1,0) where SAME gives (0,1)).
// CHECK-LABEL: func.func @odd_pad_before
// CHECK: "tfl.pad"
func.func @odd_pad_before(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x2x2x1xf32>, %arg2: tensor<1xf32>) -> tensor<1x4x4x1xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 0], [1, 0], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x5x5x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x5x5x1xf32>, tensor<1x2x2x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  return %1 : tensor<1x4x4x1xf32>
}

// -----

// Blocked: more padding than SAME, so the output is larger than the input.
// CHECK-LABEL: func.func @output_grows
// CHECK: "tfl.pad"
func.func @output_grows(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> tensor<1x6x6x1xf32> {
  %paddings = arith.constant dense<[[0, 0], [2, 2], [2, 2], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x8x8x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x8x8x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x6x6x1xf32>
  return %1 : tensor<1x6x6x1xf32>
}

// -----

// Blocked: the paddings are not a constant.
// CHECK-LABEL: func.func @paddings_not_constant
// CHECK: "tfl.pad"(%arg0, %arg3)
func.func @paddings_not_constant(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>, %arg3: tensor<4x2xi32>) -> tensor<1x4x4x1xf32> {
  %0 = "tfl.pad"(%arg0, %arg3) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x6x6x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32>
  return %1 : tensor<1x4x4x1xf32>
}

// -----

// Blocked: dynamic spatial sizes (the output-size test cannot be made; LCE compares the
// truncated dynamic markers instead).
// CHECK-LABEL: func.func @dynamic_height
// CHECK: "tfl.pad"
func.func @dynamic_height(%arg0: tensor<1x?x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> tensor<1x?x4x1xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x?x4x1xf32>, tensor<4x2xi32>) -> tensor<1x?x6x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x?x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x?x4x1xf32>
  return %1 : tensor<1x?x4x1xf32>
}

// -----

// Blocked: the convolution is already SAME.
// CHECK-LABEL: func.func @conv_already_same
// CHECK: "tfl.pad"
func.func @conv_already_same(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> tensor<1x6x6x1xf32> {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x6x6x1xf32>
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x6x6x1xf32>
  return %1 : tensor<1x6x6x1xf32>
}
