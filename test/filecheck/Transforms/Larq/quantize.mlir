// RUN: lce-opt %s -lce-quantize -verify-diagnostics --split-input-file | FileCheck %s

// -lce-quantize's four patterns, each applied and blocked.

// 1. Fake quantization (quantize + dequantize) of both the multiplier and the bias of a
// binary convolution is dropped; the convolution reads the float values directly. The pattern
// has no use constraint, so a dequantize with another user survives for that user.
// CHECK-LABEL: func.func @strip_fake_quant
// CHECK-DAG: %[[M:.*]] = arith.constant dense<[2.500000e-01, 5.000000e-01, 7.500000e-01]> : tensor<3xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<-3.000000e+00> : tensor<3xf32>
// CHECK: %[[Q:.*]] = "tfl.quantize"(%[[M]])
// CHECK-NEXT: %[[DQ:.*]] = "tfl.dequantize"(%[[Q]])
// CHECK-NEXT: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %[[M]], %[[B]], %arg2) <{channels_in = 70 : i32, {{.*}}fused_activation_function = "RELU"{{.*}}}> : (tensor<2x10x10x3xi32>, tensor<3x5x5x3xi32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<2x6x6x3xf32>
// CHECK-NEXT: return %[[C]], %[[DQ]]
// CHECK-NOT: tfl.
func.func @strip_fake_quant(%arg0: tensor<2x10x10x3xi32>, %arg1: tensor<3x5x5x3xi32>, %arg2: none) -> (tensor<2x6x6x3xf32>, tensor<3xf32>) {
  %m = arith.constant dense<[0.25, 0.5, 0.75]> : tensor<3xf32>
  %b = arith.constant dense<-3.0> : tensor<3xf32>
  %0 = "tfl.quantize"(%m) {qtype = tensor<3x!quant.uniform<i8:f32, 0.01:-5>>} : (tensor<3xf32>) -> tensor<3x!quant.uniform<i8:f32, 0.01:-5>>
  %1 = "tfl.dequantize"(%0) : (tensor<3x!quant.uniform<i8:f32, 0.01:-5>>) -> tensor<3xf32>
  %2 = "tfl.quantize"(%b) {qtype = tensor<3x!quant.uniform<i16:f32, 0.125>>} : (tensor<3xf32>) -> tensor<3x!quant.uniform<i16:f32, 0.125>>
  %3 = "tfl.dequantize"(%2) : (tensor<3x!quant.uniform<i16:f32, 0.125>>) -> tensor<3xf32>
  %4 = "lq.Bconv2d"(%arg0, %arg1, %1, %3, %arg2) {channels_in = 70 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<2x10x10x3xi32>, tensor<3x5x5x3xi32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<2x6x6x3xf32>
  return %4, %1 : tensor<2x6x6x3xf32>, tensor<3xf32>
}

// -----

// 1 (blocked). Only the multiplier is fake-quantized: nothing changes.
// CHECK-LABEL: func.func @bias_not_fake_quantized
// CHECK: "tfl.quantize"
// CHECK-NEXT: %[[DQ:.*]] = "tfl.dequantize"
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %arg1, %[[DQ]], %arg2, %arg3)
func.func @bias_not_fake_quantized(%arg0: tensor<1x4x4x1xi32>, %arg1: tensor<2x1x1x1xi32>, %arg2: tensor<2xf32>, %arg3: none) -> tensor<1x4x4x2xf32> {
  %m = arith.constant dense<1.5> : tensor<2xf32>
  %0 = "tfl.quantize"(%m) {qtype = tensor<2x!quant.uniform<u8:f32, 0.5:128>>} : (tensor<2xf32>) -> tensor<2x!quant.uniform<u8:f32, 0.5:128>>
  %1 = "tfl.dequantize"(%0) : (tensor<2x!quant.uniform<u8:f32, 0.5:128>>) -> tensor<2xf32>
  %2 = "lq.Bconv2d"(%arg0, %arg1, %1, %arg2, %arg3) {channels_in = 32 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<2x1x1x1xi32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x4x4x2xf32>
  return %2 : tensor<1x4x4x2xf32>
}

// -----

// 2. A quantize of a convolution used only there: the convolution produces the int8 type.
// CHECK-LABEL: func.func @quantize_conv_output
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) <{channels_in = 64 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x8x8x2xi32>, tensor<16x3x3x2xi32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x8x8x16x!quant.uniform<i8:f32, 2.000000e-02:7>>
// CHECK-NEXT: return %0
func.func @quantize_conv_output(%arg0: tensor<1x8x8x2xi32>, %arg1: tensor<16x3x3x2xi32>, %arg2: tensor<16xf32>, %arg3: none) -> tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 64 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x2xi32>, tensor<16x3x3x2xi32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x8x8x16xf32>
  %1 = "tfl.quantize"(%0) {qtype = tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>
  return %1 : tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>
}

// -----

// 2 (blocked). The float output has another user.
// CHECK-LABEL: func.func @conv_output_used_twice
// CHECK-NEXT: %[[C:.*]] = "lq.Bconv2d"{{.*}} -> tensor<1x8x8x16xf32>
// CHECK-NEXT: %[[Q:.*]] = "tfl.quantize"(%[[C]])
// CHECK-NEXT: return %[[Q]], %[[C]]
func.func @conv_output_used_twice(%arg0: tensor<1x8x8x2xi32>, %arg1: tensor<16x3x3x2xi32>, %arg2: tensor<16xf32>, %arg3: none) -> (tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>, tensor<1x8x8x16xf32>) {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x2xi32>, tensor<16x3x3x2xi32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x8x8x16xf32>
  %1 = "tfl.quantize"(%0) {qtype = tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>} : (tensor<1x8x8x16xf32>) -> tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>
  return %1, %0 : tensor<1x8x8x16x!quant.uniform<i8:f32, 0.02:7>>, tensor<1x8x8x16xf32>
}

// -----

// 3. A quantize of an lq.Dequantize used only there: the dequantize produces the quantized type.
// CHECK-LABEL: func.func @quantize_lq_dequantize
// CHECK-NEXT: %0 = "lq.Dequantize"(%arg0) : (tensor<3x5x2xi32>) -> tensor<3x5x40x!quant.uniform<i16:f32, 1.000000e-03>>
// CHECK-NEXT: return %0
func.func @quantize_lq_dequantize(%arg0: tensor<3x5x2xi32>) -> tensor<3x5x40x!quant.uniform<i16:f32, 0.001>> {
  %0 = "lq.Dequantize"(%arg0) : (tensor<3x5x2xi32>) -> tensor<3x5x40xf32>
  %1 = "tfl.quantize"(%0) {qtype = tensor<3x5x40x!quant.uniform<i16:f32, 0.001>>} : (tensor<3x5x40xf32>) -> tensor<3x5x40x!quant.uniform<i16:f32, 0.001>>
  return %1 : tensor<3x5x40x!quant.uniform<i16:f32, 0.001>>
}

// -----

// 3 (blocked). The float result of lq.Dequantize has another user.
// CHECK-LABEL: func.func @lq_dequantize_used_twice
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%arg0) : (tensor<3x5x2xi32>) -> tensor<3x5x40xf32>
// CHECK-NEXT: %[[Q:.*]] = "tfl.quantize"(%[[D]])
// CHECK-NEXT: return %[[Q]], %[[D]]
func.func @lq_dequantize_used_twice(%arg0: tensor<3x5x2xi32>) -> (tensor<3x5x40x!quant.uniform<i8:f32, 0.5>>, tensor<3x5x40xf32>) {
  %0 = "lq.Dequantize"(%arg0) : (tensor<3x5x2xi32>) -> tensor<3x5x40xf32>
  %1 = "tfl.quantize"(%0) {qtype = tensor<3x5x40x!quant.uniform<i8:f32, 0.5>>} : (tensor<3x5x40xf32>) -> tensor<3x5x40x!quant.uniform<i8:f32, 0.5>>
  return %1, %0 : tensor<3x5x40x!quant.uniform<i8:f32, 0.5>>, tensor<3x5x40xf32>
}

// -----

// 4. lq.Quantize of a dequantize used only there packs the quantized tensor directly.
// CHECK-LABEL: func.func @lq_quantize_of_dequantize
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<7x33x!quant.uniform<i8:f32, 2.500000e-01:-1>>) -> tensor<7x2xi32>
// CHECK-NEXT: return %0
func.func @lq_quantize_of_dequantize(%arg0: tensor<7x33x!quant.uniform<i8:f32, 0.25:-1>>) -> tensor<7x2xi32> {
  %0 = "tfl.dequantize"(%arg0) : (tensor<7x33x!quant.uniform<i8:f32, 0.25:-1>>) -> tensor<7x33xf32>
  %1 = "lq.Quantize"(%0) : (tensor<7x33xf32>) -> tensor<7x2xi32>
  return %1 : tensor<7x2xi32>
}

// -----

// 4 (blocked). The dequantized tensor has another user.
// CHECK-LABEL: func.func @dequantize_used_twice
// CHECK-NEXT: %[[D:.*]] = "tfl.dequantize"(%arg0)
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[D]]) : (tensor<7x33xf32>) -> tensor<7x2xi32>
// CHECK-NEXT: return %[[Q]], %[[D]]
func.func @dequantize_used_twice(%arg0: tensor<7x33x!quant.uniform<i8:f32, 0.25:-1>>) -> (tensor<7x2xi32>, tensor<7x33xf32>) {
  %0 = "tfl.dequantize"(%arg0) : (tensor<7x33x!quant.uniform<i8:f32, 0.25:-1>>) -> tensor<7x33xf32>
  %1 = "lq.Quantize"(%0) : (tensor<7x33xf32>) -> tensor<7x2xi32>
  return %1, %0 : tensor<7x2xi32>, tensor<7x33xf32>
}

// -----

// All together: an int8 block whose binary convolution ends up reading and writing int8.
// CHECK-LABEL: func.func @int8_block
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<1x6x6x32x!quant.uniform<i8:f32, 5.000000e-02>>) -> tensor<1x6x6x1xi32>
// CHECK-NEXT: %[[C:.*]] = "lq.Bconv2d"(%[[Q]], %arg1, %arg2, %arg3, %arg4) {{.*}} -> tensor<1x4x4x8x!quant.uniform<i8:f32, 1.000000e-01:3>>
// CHECK-NEXT: return %[[C]]
func.func @int8_block(%arg0: tensor<1x6x6x32x!quant.uniform<i8:f32, 0.05>>, %arg1: tensor<8x3x3x1xi32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: none) -> tensor<1x4x4x8x!quant.uniform<i8:f32, 0.1:3>> {
  %0 = "tfl.dequantize"(%arg0) : (tensor<1x6x6x32x!quant.uniform<i8:f32, 0.05>>) -> tensor<1x6x6x32xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x6x6x32xf32>) -> tensor<1x6x6x1xi32>
  %2 = "lq.Bconv2d"(%1, %arg1, %arg2, %arg3, %arg4) {channels_in = 32 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x6x6x1xi32>, tensor<8x3x3x1xi32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x4x4x8xf32>
  %3 = "tfl.quantize"(%2) {qtype = tensor<1x4x4x8x!quant.uniform<i8:f32, 0.1:3>>} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x8x!quant.uniform<i8:f32, 0.1:3>>
  return %3 : tensor<1x4x4x8x!quant.uniform<i8:f32, 0.1:3>>
}
