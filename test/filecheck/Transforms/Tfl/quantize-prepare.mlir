// RUN: lce-opt %s -tfl-prepare-quantize=quantize-signed=true -split-input-file | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(tfl-prepare-quantize{quantize-signed=true disable-per-channel=true}))' -split-input-file | FileCheck %s --check-prefix=PER-TENSOR
// RUN: lce-opt %s -tfl-prepare-quantize -split-input-file | FileCheck %s --check-prefix=UNSIGNED

// A fake-quantized conv (unsigned ranges, as PrepareTF writes them): with signed inference the
// ranges move to i8 (zero point 128 -> 0, 100 -> -28); the weights are quantized per output
// channel, symmetric in [-127, 127] (scale max|w|/127: 1/127 and 0.25/127); the bias is i32 with
// scale input scale x weight scale per channel; max-pool shares its input's parameters.
// CHECK-LABEL: func.func @conv_per_channel
// CHECK: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<2x1x1x2xf32>
// CHECK-NEXT: %[[WQ:.*]] = "tfl.quantize"(%[[W]]) {qtype = tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.0078740157480314959,0.001968503937007874}>>}
// CHECK-NEXT: %[[WD:.*]] = "tfl.dequantize"(%[[WQ]])
// CHECK-NEXT: %[[B:.*]] = arith.constant dense<[5.000000e-01, -2.500000e-01]> : tensor<2xf32>
// CHECK-NEXT: %[[BQ:.*]] = "tfl.quantize"(%[[B]]) {qtype = tensor<2x!quant.uniform<i32:f32:0, {6.1756986259070556E-5,1.5439246564767639E-5}>>}
// CHECK-NEXT: %[[BD:.*]] = "tfl.dequantize"(%[[BQ]])
// CHECK-NEXT: %[[IQ:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<1x4x4x2x!quant.uniform<i8:f32, 0.0078431372549019607>>}
// CHECK-NEXT: %[[ID:.*]] = "tfl.dequantize"(%[[IQ]])
// CHECK-NEXT: %[[C:.*]] = "tfl.conv_2d"(%[[ID]], %[[WD]], %[[BD]])
// CHECK-NEXT: %[[CQ:.*]] = "tfl.quantize"(%[[C]]) {qtype = tensor<1x4x4x2x!quant.uniform<i8:f32, 2.000000e-02:-28>>}
// CHECK-NEXT: %[[CD:.*]] = "tfl.dequantize"(%[[CQ]])
// CHECK-NEXT: %[[P:.*]] = "tfl.max_pool_2d"(%[[CD]])
// CHECK-NEXT: %[[PQ:.*]] = "tfl.quantize"(%[[P]]) {qtype = tensor<1x4x4x2x!quant.uniform<i8:f32, 2.000000e-02:-28>>}
// CHECK-NEXT: %[[PD:.*]] = "tfl.dequantize"(%[[PQ]])
// CHECK-NEXT: return %[[PD]]

// Without per-channel weights: one symmetric scale (1/127) and a per-tensor bias.
// PER-TENSOR-LABEL: func.func @conv_per_channel
// PER-TENSOR: "tfl.quantize"(%{{.*}}) {qtype = tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32, 0.0078740157480314959>>}
// PER-TENSOR: "tfl.quantize"(%{{.*}}) {qtype = tensor<2x!quant.uniform<i32:f32, 6.1756986259070556E-5>>}

// Unsigned inference (the pass's default, TF's test mode): the ranges stay u8 and weights are
// per tensor, asymmetric over [min(w, 0), max(w, 0)], narrow ([1, 255]).
// UNSIGNED-LABEL: func.func @conv_per_channel
// UNSIGNED: "tfl.quantize"(%{{.*}}) {qtype = tensor<2x1x1x2x!quant.uniform<u8<1:255>:f32, 0.005905511811023622:170>>}
// UNSIGNED: "tfl.quantize"(%arg0) {qtype = tensor<1x4x4x2x!quant.uniform<u8:f32, 0.0078431372549019607:128>>}
func.func @conv_per_channel(%arg0: tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32> {
  %w = arith.constant dense<[[[[0.5, -1.0]]], [[[0.25, 0.125]]]]> : tensor<2x1x1x2xf32>
  %b = arith.constant dense<[0.5, -0.25]> : tensor<2xf32>
  %q = "tfl.quantize"(%arg0) {qtype = tensor<1x4x4x2x!quant.uniform<u8:f32, 0.0078431372549019607:128>>} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2x!quant.uniform<u8:f32, 0.0078431372549019607:128>>
  %d = "tfl.dequantize"(%q) : (tensor<1x4x4x2x!quant.uniform<u8:f32, 0.0078431372549019607:128>>) -> tensor<1x4x4x2xf32>
  %c = "tfl.conv_2d"(%d, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  %q1 = "tfl.quantize"(%c) {qtype = tensor<1x4x4x2x!quant.uniform<u8:f32, 0.02:100>>} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2x!quant.uniform<u8:f32, 0.02:100>>
  %d1 = "tfl.dequantize"(%q1) : (tensor<1x4x4x2x!quant.uniform<u8:f32, 0.02:100>>) -> tensor<1x4x4x2xf32>
  %p = "tfl.max_pool_2d"(%d1) {filter_height = 1 : i32, filter_width = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  return %p : tensor<1x4x4x2xf32>
}

// -----

// A fully connected layer keeps one weight scale (TFLite's kernel has no per-channel filter):
// symmetric, max|w| = 2 -> 2/127. Softmax's result is fixed at scale 1/256, zero point -128.
// CHECK-LABEL: func.func @fc_softmax
// CHECK: "tfl.quantize"(%{{.*}}) {qtype = tensor<2x3x!quant.uniform<i8<-127:127>:f32, 0.015748031496062992>>}
// CHECK: "tfl.quantize"(%{{.*}}) {qtype = tensor<2x!quant.uniform<i32:f32, 0.0078740157480314959>>}
// CHECK: %[[S:.*]] = "tfl.softmax"
// CHECK-NEXT: %[[SQ:.*]] = "tfl.quantize"(%[[S]]) {qtype = tensor<1x2x!quant.uniform<i8:f32, 3.906250e-03:-128>>}
// CHECK-NEXT: %[[SD:.*]] = "tfl.dequantize"(%[[SQ]])
// CHECK-NEXT: return %[[SD]]
func.func @fc_softmax(%arg0: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.5, -1.0, 0.25], [2.0, 0.0, -0.5]]> : tensor<2x3xf32>
  %b = arith.constant dense<[0.1, 0.2]> : tensor<2xf32>
  %q = "tfl.quantize"(%arg0) {qtype = tensor<1x3x!quant.uniform<u8:f32, 0.5:128>>} : (tensor<1x3xf32>) -> tensor<1x3x!quant.uniform<u8:f32, 0.5:128>>
  %d = "tfl.dequantize"(%q) : (tensor<1x3x!quant.uniform<u8:f32, 0.5:128>>) -> tensor<1x3xf32>
  %f = "tfl.fully_connected"(%d, %w, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %q1 = "tfl.quantize"(%f) {qtype = tensor<1x2x!quant.uniform<u8:f32, 0.25:128>>} : (tensor<1x2xf32>) -> tensor<1x2x!quant.uniform<u8:f32, 0.25:128>>
  %d1 = "tfl.dequantize"(%q1) : (tensor<1x2x!quant.uniform<u8:f32, 0.25:128>>) -> tensor<1x2xf32>
  %s = "tfl.softmax"(%d1) {beta = 1.000000e+00 : f32} : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %s : tensor<1x2xf32>
}

// -----

// Without any quantized value in the function (and no post-training quantization) nothing is
// inferred: a float model is left alone.
// CHECK-LABEL: func.func @float_model_untouched
// CHECK-NOT: tfl.quantize
// CHECK: return
func.func @float_model_untouched(%arg0: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.5, -1.0, 0.25], [2.0, 0.0, -0.5]]> : tensor<2x3xf32>
  %b = arith.constant dense<[0.1, 0.2]> : tensor<2xf32>
  %f = "tfl.fully_connected"(%arg0, %w, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %s = "tfl.tanh"(%f) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %s : tensor<1x2xf32>
}

// -----

// A value both returned and fake-quantized is returned through its quantize/dequantize pair.
// The relu shares its result's parameters with its input (so the argument is quantized), and
// tanh's result is fixed at 1/128.
// CHECK-LABEL: func.func @returned_twice
// CHECK: %[[AQ:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<4x!quant.uniform<i8:f32, 1.000000e-01:-128>>}
// CHECK: %[[R:.*]] = "tfl.relu"
// CHECK-NEXT: %[[RQ:.*]] = "tfl.quantize"(%[[R]])
// CHECK-NEXT: %[[RD:.*]] = "tfl.dequantize"(%[[RQ]])
// CHECK: "tfl.quantize"(%{{.*}}) {qtype = tensor<4x!quant.uniform<i8:f32, 7.812500e-03>>}
// CHECK: return %[[RD]], %{{.*}}
func.func @returned_twice(%arg0: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>) {
  %r = "tfl.relu"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
  %q = "tfl.quantize"(%r) {qtype = tensor<4x!quant.uniform<u8:f32, 0.1>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<u8:f32, 0.1>>
  %d = "tfl.dequantize"(%q) : (tensor<4x!quant.uniform<u8:f32, 0.1>>) -> tensor<4xf32>
  %t = "tfl.tanh"(%d) : (tensor<4xf32>) -> tensor<4xf32>
  return %r, %t : tensor<4xf32>, tensor<4xf32>
}
