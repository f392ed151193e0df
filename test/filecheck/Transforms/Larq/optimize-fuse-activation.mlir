// RUN: lce-opt %s -tfl-optimize-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-optimize-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl.relu / relu6 / relu_n1_to_1 after a binary convolution become its fused activation
// (both targets) when the multiplier is all 1.0 and the bias all 0.0 (the activation then
// clamps the accumulator's dot product, which the kernel does), the convolution has no
// activation yet, and its padding is VALID (any pad_values) or SAME with pad_values = 1.

// One channel; dilation and stride are carried over.
// CHECK-LABEL: func.func @relu_valid_1_channel
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<1x3x3x3xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x4x2x1xf32>
// CHECK-NEXT: return %0
func.func @relu_valid_1_channel(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<1x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x1xf32> {
  %m = arith.constant dense<1.0> : tensor<1xf32>
  %b = arith.constant dense<0.0> : tensor<1xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<1x3x3x3xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x4x2x1xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
  return %1 : tensor<1x4x2x1xf32>
}

// With VALID padding pad_values does not matter.
// CHECK-LABEL: func.func @relu_valid_pad_values_one_31_channels
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<31xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<31xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<31x3x3x3xf32>, tensor<31xf32>, tensor<31xf32>, none) -> tensor<1x4x2x31xf32>
// CHECK-NEXT: return %0
func.func @relu_valid_pad_values_one_31_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<31x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x31xf32> {
  %m = arith.constant dense<1.0> : tensor<31xf32>
  %b = arith.constant dense<0.0> : tensor<31xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<31x3x3x3xf32>, tensor<31xf32>, tensor<31xf32>, none) -> tensor<1x4x2x31xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x31xf32>) -> tensor<1x4x2x31xf32>
  return %1 : tensor<1x4x2x31xf32>
}

// CHECK-LABEL: func.func @relu_same_one_32_channels
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<32xf32>, none) -> tensor<1x8x3x32xf32>
// CHECK-NEXT: return %0
func.func @relu_same_one_32_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<32x3x3x3xf32>, %arg2: none) -> tensor<1x8x3x32xf32> {
  %m = arith.constant dense<1.0> : tensor<32xf32>
  %b = arith.constant dense<0.0> : tensor<32xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<32xf32>, none) -> tensor<1x8x3x32xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x8x3x32xf32>) -> tensor<1x8x3x32xf32>
  return %1 : tensor<1x8x3x32xf32>
}

// CHECK-LABEL: func.func @relu6_valid_33_channels
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<33xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<33xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<33x3x3x3xf32>, tensor<33xf32>, tensor<33xf32>, none) -> tensor<1x4x2x33xf32>
// CHECK-NEXT: return %0
func.func @relu6_valid_33_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<33x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x33xf32> {
  %m = arith.constant dense<1.0> : tensor<33xf32>
  %b = arith.constant dense<0.0> : tensor<33xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<33x3x3x3xf32>, tensor<33xf32>, tensor<33xf32>, none) -> tensor<1x4x2x33xf32>
  %1 = "tfl.relu6"(%0) : (tensor<1x4x2x33xf32>) -> tensor<1x4x2x33xf32>
  return %1 : tensor<1x4x2x33xf32>
}

// CHECK-LABEL: func.func @relu6_same_one_100_channels
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<100xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<100xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<100x3x3x3xf32>, tensor<100xf32>, tensor<100xf32>, none) -> tensor<1x8x3x100xf32>
// CHECK-NEXT: return %0
func.func @relu6_same_one_100_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<100x3x3x3xf32>, %arg2: none) -> tensor<1x8x3x100xf32> {
  %m = arith.constant dense<1.0> : tensor<100xf32>
  %b = arith.constant dense<0.0> : tensor<100xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<100x3x3x3xf32>, tensor<100xf32>, tensor<100xf32>, none) -> tensor<1x8x3x100xf32>
  %1 = "tfl.relu6"(%0) : (tensor<1x8x3x100xf32>) -> tensor<1x8x3x100xf32>
  return %1 : tensor<1x8x3x100xf32>
}

// CHECK-LABEL: func.func @relu1_valid
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<5xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<5xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<5x3x3x3xf32>, tensor<5xf32>, tensor<5xf32>, none) -> tensor<1x4x2x5xf32>
// CHECK-NEXT: return %0
func.func @relu1_valid(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<5x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x5xf32> {
  %m = arith.constant dense<1.0> : tensor<5xf32>
  %b = arith.constant dense<0.0> : tensor<5xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<5x3x3x3xf32>, tensor<5xf32>, tensor<5xf32>, none) -> tensor<1x4x2x5xf32>
  %1 = "tfl.relu_n1_to_1"(%0) : (tensor<1x4x2x5xf32>) -> tensor<1x4x2x5xf32>
  return %1 : tensor<1x4x2x5xf32>
}

// CHECK-LABEL: func.func @relu1_same_one
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<7xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<7xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<7x3x3x3xf32>, tensor<7xf32>, tensor<7xf32>, none) -> tensor<1x8x3x7xf32>
// CHECK-NEXT: return %0
func.func @relu1_same_one(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<7x3x3x3xf32>, %arg2: none) -> tensor<1x8x3x7xf32> {
  %m = arith.constant dense<1.0> : tensor<7xf32>
  %b = arith.constant dense<0.0> : tensor<7xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<7x3x3x3xf32>, tensor<7xf32>, tensor<7xf32>, none) -> tensor<1x8x3x7xf32>
  %1 = "tfl.relu_n1_to_1"(%0) : (tensor<1x8x3x7xf32>) -> tensor<1x8x3x7xf32>
  return %1 : tensor<1x8x3x7xf32>
}

// -0.0 compares equal to 0.0 (float comparison, as LCE's IsConstantValue); the bias is kept as it is.
// CHECK-LABEL: func.func @relu_negative_zero_bias
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<2xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<[0.000000e+00, -0.000000e+00]> : tensor<2xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2)
// CHECK-SAME: fused_activation_function = "RELU"
func.func @relu_negative_zero_bias(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<[0.0, -0.0]> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x4x2x2xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x2xf32>) -> tensor<1x4x2x2xf32>
  return %1 : tensor<1x4x2x2xf32>
}

// An int8 output: the result type is carried over as well.
// CHECK-LABEL: func.func @relu_quantized_output
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32}> : (tensor<1x8x8x1xi32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x4x2x4x!quant.uniform<i8:f32, 1.250000e-01:-2>>
// CHECK-NEXT: return %0
func.func @relu_quantized_output(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<4x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x4x!quant.uniform<i8:f32, 0.125:-2>> {
  %m = arith.constant dense<1.0> : tensor<4xf32>
  %b = arith.constant dense<0.0> : tensor<4xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x4x2x4x!quant.uniform<i8:f32, 0.125:-2>>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x4x!quant.uniform<i8:f32, 0.125:-2>>) -> tensor<1x4x2x4x!quant.uniform<i8:f32, 0.125:-2>>
  return %1 : tensor<1x4x2x4x!quant.uniform<i8:f32, 0.125:-2>>
}

// Same-zero padding: out-of-image pixels add 0 to the dot product, which the fused clamp would
// not see the same way; not fused.
// CHECK-LABEL: func.func @relu_same_zero
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[C]])
func.func @relu_same_zero(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<4x3x3x3xf32>, %arg2: none) -> tensor<1x8x3x4xf32> {
  %m = arith.constant dense<1.0> : tensor<4xf32>
  %b = arith.constant dense<0.0> : tensor<4xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x8x3x4xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x8x3x4xf32>) -> tensor<1x8x3x4xf32>
  return %1 : tensor<1x8x3x4xf32>
}

// CHECK-LABEL: func.func @relu6_same_zero
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu6"(%[[C]])
func.func @relu6_same_zero(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<4x3x3x3xf32>, %arg2: none) -> tensor<1x8x3x4xf32> {
  %m = arith.constant dense<1.0> : tensor<4xf32>
  %b = arith.constant dense<0.0> : tensor<4xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x8x3x4xf32>
  %1 = "tfl.relu6"(%0) : (tensor<1x8x3x4xf32>) -> tensor<1x8x3x4xf32>
  return %1 : tensor<1x8x3x4xf32>
}

// CHECK-LABEL: func.func @relu_multiplier_not_one
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[C]])
func.func @relu_multiplier_not_one(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<3x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x3xf32> {
  %m = arith.constant dense<[1.0, 1.0, 0.5]> : tensor<3xf32>
  %b = arith.constant dense<0.0> : tensor<3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x4x2x3xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x3xf32>) -> tensor<1x4x2x3xf32>
  return %1 : tensor<1x4x2x3xf32>
}

// CHECK-LABEL: func.func @relu1_bias_not_zero
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu_n1_to_1"(%[[C]])
func.func @relu1_bias_not_zero(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<3x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x3xf32> {
  %m = arith.constant dense<1.0> : tensor<3xf32>
  %b = arith.constant dense<[0.0, 0.0, 1.0e-30]> : tensor<3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x4x2x3xf32>
  %1 = "tfl.relu_n1_to_1"(%0) : (tensor<1x4x2x3xf32>) -> tensor<1x4x2x3xf32>
  return %1 : tensor<1x4x2x3xf32>
}

// NaN equals nothing.
// CHECK-LABEL: func.func @relu_multiplier_nan
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[C]])
func.func @relu_multiplier_nan(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<1x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x1xf32> {
  %m = arith.constant dense<0x7FC00000> : tensor<1xf32>
  %b = arith.constant dense<0.0> : tensor<1xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<1x3x3x3xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x4x2x1xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x1xf32>) -> tensor<1x4x2x1xf32>
  return %1 : tensor<1x4x2x1xf32>
}

// The convolution already has an activation.
// CHECK-LABEL: func.func @relu_after_relu
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[C]])
func.func @relu_after_relu(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<3x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x3xf32> {
  %m = arith.constant dense<1.0> : tensor<3xf32>
  %b = arith.constant dense<0.0> : tensor<3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x4x2x3xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x3xf32>) -> tensor<1x4x2x3xf32>
  return %1 : tensor<1x4x2x3xf32>
}

// CHECK-LABEL: func.func @relu6_after_relu
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu6"(%[[C]])
func.func @relu6_after_relu(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<3x3x3x3xf32>, %arg2: none) -> tensor<1x4x2x3xf32> {
  %m = arith.constant dense<1.0> : tensor<3xf32>
  %b = arith.constant dense<0.0> : tensor<3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x4x2x3xf32>
  %1 = "tfl.relu6"(%0) : (tensor<1x4x2x3xf32>) -> tensor<1x4x2x3xf32>
  return %1 : tensor<1x4x2x3xf32>
}

// The convolution result has another use.
// CHECK-LABEL: func.func @relu_two_uses
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[C]])
// CHECK-NEXT: return %[[R]], %[[C]]
func.func @relu_two_uses(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<3x3x3x3xf32>, %arg2: none) -> (tensor<1x4x2x3xf32>, tensor<1x4x2x3xf32>) {
  %m = arith.constant dense<1.0> : tensor<3xf32>
  %b = arith.constant dense<0.0> : tensor<3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 3 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x4x2x3xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x2x3xf32>) -> tensor<1x4x2x3xf32>
  return %1, %0 : tensor<1x4x2x3xf32>, tensor<1x4x2x3xf32>
}

// The multiplier and bias must be constants.
// CHECK-LABEL: func.func @relu_variable_multiplier
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %arg3,
// CHECK-NEXT: "tfl.relu"(%[[C]])
func.func @relu_variable_multiplier(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none, %arg3: tensor<2xf32>) -> tensor<1x6x6x2xf32> {
  %b = arith.constant dense<0.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg3, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @relu_no_bias
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %{{.*}}, %arg2, %arg2)
// CHECK-NEXT: "tfl.relu"(%[[C]])
func.func @relu_no_bias(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %arg2, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, none, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// Other activations (tanh) are not fused.
// CHECK-LABEL: func.func @tanh_not_fused
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-SAME: fused_activation_function = "NONE"
// CHECK-NEXT: "tfl.tanh"(%[[C]])
func.func @tanh_not_fused(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<0.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.tanh"(%0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// A relu of something else stays.
// CHECK-LABEL: func.func @relu_of_argument
// CHECK-NEXT: "tfl.relu"(%arg0)
func.func @relu_of_argument(%arg0: tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32> {
  %1 = "tfl.relu"(%arg0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}
