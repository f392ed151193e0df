// RUN: lce-opt %s -tfl-optimize-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-optimize-lce=target=xcore -verify-diagnostics | FileCheck %s

// Quantize(Bconv2d(...)) with constant f32 filter, multiplier and bias and no thresholds
// (both targets) becomes a Bconv2d that writes bitpacked output: multiplier and bias go, the
// filters of channels with a negative multiplier are negated, and per-channel thresholds T
// decide the bits (bit = accumulator > T). With K = Fh*Fw*Cin and the activation's clamp range,
// y = clamp(K - 2x)*m + b is negative exactly when x > T; the thresholds below are worked out
// by hand from that. VALID and same-one padding only.

// K = 1*2*1 = 2, no activation (clamp to [-2, 2]):
//   m = 1,    b = 1:     (2 - 2x) + 1 < 0         <=> x > 1.5  -> T = 1
//   m = -2,   b = 1:     -2(2 - 2x) + 1 < 0       <=> x < 0.75, i.e. x' = 2 - x > 1.25 with the
//                        filter negated           -> T = 1
//   m = 0.25, b = -0.25: (2 - 2x)/4 - 0.25 < 0    <=> x > 0.5  -> T = 0
// The new constants come in LCE's order: the negated filter (folded from filter * signs), the
// no_value, then the thresholds.
// CHECK-LABEL: func.func @negated_filter_and_thresholds
// CHECK-NEXT: %cst = arith.constant dense<{{\[\[\[\[}}1.000000e+00], [1.000000e+00]]], {{\[\[\[}}-1.000000e+00], [-1.000000e+00]]], {{\[\[\[}}1.000000e+00], [1.000000e+00]]]]> : tensor<3x1x2x1xf32>
// CHECK-NEXT: %0 = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %cst_0 = arith.constant dense<[1, 1, 0]> : tensor<3xi32>
// CHECK-NEXT: %1 = "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) <{channels_in = 1 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x4x4x1xi32>, tensor<3x1x2x1xf32>, none, none, tensor<3xi32>) -> tensor<1x4x3x1xi32>
// CHECK-NEXT: return %1
func.func @negated_filter_and_thresholds(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x4x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<3x1x2x1xf32>
  %m = arith.constant dense<[1.0, -2.0, 0.25]> : tensor<3xf32>
  %b = arith.constant dense<[1.0, 1.0, -0.25]> : tensor<3xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 1 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<3x1x2x1xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x4x3x3xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x4x3x3xf32>) -> tensor<1x4x3x1xi32>
  return %1 : tensor<1x4x3x1xi32>
}

// K = 3*3*1 = 9, RELU (clamp to [0, 9]), same-one padding, strides and dilations kept:
//   m = 1,  b = -0.5: relu(9 - 2x) < 0.5   <=> x >= 5          -> T = 4
//   m = 1,  b = 2:    never negative                           -> T = INT32_MAX
//   m = -1, b = 0.5:  relu(9 - 2x) > 0.5   <=> x <= 4, x' >= 5 -> T = 4
// CHECK-LABEL: func.func @relu
// CHECK: %cst_0 = arith.constant dense<[4, 2147483647, 4]> : tensor<3xi32>
// CHECK-NEXT: %1 = "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) <{channels_in = 1 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x8x8x1xi32>, tensor<3x3x3x1xf32>, none, none, tensor<3xi32>) -> tensor<1x8x4x1xi32>
func.func @relu(%arg0: tensor<1x8x8x1xi32>) -> tensor<1x8x4x1xi32> {
  %filter = arith.constant dense<-1.0> : tensor<3x3x3x1xf32>
  %m = arith.constant dense<[1.0, 1.0, -1.0]> : tensor<3xf32>
  %b = arith.constant dense<[-0.5, 2.0, 0.5]> : tensor<3xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 1 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 2 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x1xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x8x4x3xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x8x4x3xf32>) -> tensor<1x8x4x1xi32>
  return %1 : tensor<1x8x4x1xi32>
}

// K = 27, RELU6 (clamp to [0, 6]):
//   m = 2, b = -13: at most 12 - 13 < 0                  -> T = INT32_MIN
//   m = 2, b = -11: 2*clamp(27 - 2x) < 11 <=> x >= 11    -> T = 10
// CHECK-LABEL: func.func @relu6
// CHECK: arith.constant dense<[-2147483648, 10]> : tensor<2xi32>
// CHECK: fused_activation_function = "RELU6"
func.func @relu6(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<2.0> : tensor<2xf32>
  %b = arith.constant dense<[-13.0, -11.0]> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// K = 27, RELU_N1_TO_1 (clamp to [-1, 1]):
//   m = 1,  b = 0.5:  clamp(27 - 2x) = -1 <=> x >= 14       -> T = 13
//   m = 1,  b = 1.5:  never negative                        -> T = INT32_MAX
//   m = -1, b = -0.5: clamp(27 - 2x) = 1 <=> x <= 13, x' >= 14 -> T = 13
// CHECK-LABEL: func.func @relu_n1_to_1
// CHECK: arith.constant dense<[13, 2147483647, 13]> : tensor<3xi32>
// CHECK: fused_activation_function = "RELU_N1_TO_1"
func.func @relu_n1_to_1(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<3x3x3x3xf32>
  %m = arith.constant dense<[1.0, 1.0, -1.0]> : tensor<3xf32>
  %b = arith.constant dense<[0.5, 1.5, -0.5]> : tensor<3xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x3x3x3xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x3xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// A zero multiplier makes the output the bias: always 1 when it is negative, else always 0.
// -0.0 counts as zero and as non-negative (no negation): the filter product folds to the
// filter itself.
// CHECK-LABEL: func.func @zero_multipliers
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<4x3x3x3xf32>
// CHECK-NEXT: %0 = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %cst_0 = arith.constant dense<[-2147483648, -2147483648, 2147483647, 2147483647]> : tensor<4xi32>
func.func @zero_multipliers(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<4x3x3x3xf32>
  %m = arith.constant dense<[0.0, -0.0, 0.0, -0.0]> : tensor<4xf32>
  %b = arith.constant dense<[-1.0, -1.0, 0.0, 1.0]> : tensor<4xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x3x3x4xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x4xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// Channel counts 1, 31, 32, 33 and 100: the output has ceil(C/32) words, one threshold per
// channel. K = 27, m = 0.5, b = -1: (27 - 2x)/2 - 1 < 0 <=> x > 12.5 -> T = 12.
// CHECK-LABEL: func.func @channels_1
// CHECK: %cst_0 = arith.constant dense<12> : tensor<1xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) {{.*}} -> tensor<1x3x3x1xi32>
func.func @channels_1(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<1x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<1xf32>
  %b = arith.constant dense<-1.0> : tensor<1xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<1x3x3x3xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// CHECK-LABEL: func.func @channels_31_same_one
// CHECK: %cst_0 = arith.constant dense<12> : tensor<31xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) {{.*}} pad_values = 1 : i32, padding = "SAME"{{.*}} -> tensor<1x5x5x1xi32>
func.func @channels_31_same_one(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x5x5x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<31x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<31xf32>
  %b = arith.constant dense<-1.0> : tensor<31xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<31x3x3x3xf32>, tensor<31xf32>, tensor<31xf32>, none) -> tensor<1x5x5x31xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x5x5x31xf32>) -> tensor<1x5x5x1xi32>
  return %1 : tensor<1x5x5x1xi32>
}

// CHECK-LABEL: func.func @channels_32
// CHECK: %cst_0 = arith.constant dense<12> : tensor<32xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) {{.*}} -> tensor<1x3x3x1xi32>
func.func @channels_32(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<32x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<32xf32>
  %b = arith.constant dense<-1.0> : tensor<32xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<32xf32>, none) -> tensor<1x3x3x32xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x32xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// CHECK-LABEL: func.func @channels_33
// CHECK: %cst_0 = arith.constant dense<12> : tensor<33xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) {{.*}} -> tensor<1x3x3x2xi32>
func.func @channels_33(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x2xi32> {
  %filter = arith.constant dense<1.0> : tensor<33x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<33xf32>
  %b = arith.constant dense<-1.0> : tensor<33xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<33x3x3x3xf32>, tensor<33xf32>, tensor<33xf32>, none) -> tensor<1x3x3x33xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x33xf32>) -> tensor<1x3x3x2xi32>
  return %1 : tensor<1x3x3x2xi32>
}

// 100 channels, 64 input channels in two words; K = 3*3*64 = 576: (576 - 2x)/2 - 1 < 0 <=> x > 287.
// CHECK-LABEL: func.func @channels_100
// CHECK: %cst_0 = arith.constant dense<287> : tensor<100xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) {{.*}} -> tensor<1x3x3x4xi32>
func.func @channels_100(%arg0: tensor<1x5x5x2xi32>) -> tensor<1x3x3x4xi32> {
  %filter = arith.constant dense<1.0> : tensor<100x3x3x64xf32>
  %m = arith.constant dense<0.5> : tensor<100xf32>
  %b = arith.constant dense<-1.0> : tensor<100xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x2xi32>, tensor<100x3x3x64xf32>, tensor<100xf32>, tensor<100xf32>, none) -> tensor<1x3x3x100xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x100xf32>) -> tensor<1x3x3x4xi32>
  return %1 : tensor<1x3x3x4xi32>
}

// Grouped: 64 input channels in two groups of 32, so K = 1*1*32 = 32 (the filter's Cin).
// m = 1, b = 0: 32 - 2x < 0 <=> x > 16 -> T = 16.
// CHECK-LABEL: func.func @grouped
// CHECK: %cst_0 = arith.constant dense<16> : tensor<4xi32>
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) <{channels_in = 64 : i32
func.func @grouped(%arg0: tensor<1x2x2x2xi32>) -> tensor<1x2x2x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<4x1x1x32xf32>
  %m = arith.constant dense<1.0> : tensor<4xf32>
  %b = arith.constant dense<0.0> : tensor<4xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x2x2x2xi32>, tensor<4x1x1x32xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x2x2x4xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x4xf32>) -> tensor<1x2x2x1xi32>
  return %1 : tensor<1x2x2x1xi32>
}

// An int8 output followed by Quantize is matched as well (LCE does not look at the type).
// CHECK-LABEL: func.func @int8_output
// CHECK: "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) {{.*}} -> tensor<1x3x3x1xi32>
func.func @int8_output(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2x!quant.uniform<i8:f32, 0.1:3>>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2x!quant.uniform<i8:f32, 0.1:3>>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

//===----------------------------------------------------------------------===//
// Not rewritten
//===----------------------------------------------------------------------===//

// Same-zero padding.
// CHECK-LABEL: func.func @same_zero
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %cst_0, %cst_1, %0)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @same_zero(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x5x5x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x4xf32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 4 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x4xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x5x5x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x5x5x2xf32>) -> tensor<1x5x5x1xi32>
  return %1 : tensor<1x5x5x1xi32>
}

// The float output is used elsewhere too.
// CHECK-LABEL: func.func @two_uses
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %cst_0, %cst_1, %0)
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[C]])
// CHECK-NEXT: return %[[Q]], %[[C]]
func.func @two_uses(%arg0: tensor<1x5x5x1xi32>) -> (tensor<1x3x3x1xi32>, tensor<1x3x3x2xf32>) {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1, %0 : tensor<1x3x3x1xi32>, tensor<1x3x3x2xf32>
}

// Two Quantize users are two uses.
// CHECK-LABEL: func.func @two_quantize_users
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %cst_0, %cst_1, %0)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @two_quantize_users(%arg0: tensor<1x5x5x1xi32>) -> (tensor<1x3x3x1xi32>, tensor<1x3x3x1xi32>) {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  %2 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1, %2 : tensor<1x3x3x1xi32>, tensor<1x3x3x1xi32>
}

// Thresholds already given (no no_value operand).
// CHECK-LABEL: func.func @thresholds_present
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %cst_0, %cst_1, %arg1)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @thresholds_present(%arg0: tensor<1x5x5x1xi32>, %arg1: tensor<2xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %arg1) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// The filter is not a constant.
// CHECK-LABEL: func.func @variable_filter
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %0)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @variable_filter(%arg0: tensor<1x5x5x1xi32>, %arg1: tensor<2x3x3x3xf32>) -> tensor<1x3x3x1xi32> {
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// The filter is already bitpacked (i32 elements).
// CHECK-LABEL: func.func @packed_filter
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %cst_0, %cst_1, %0)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @packed_filter(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<0> : tensor<2x3x3x1xi32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x1xi32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// No multiplier (none) or a variable bias.
// CHECK-LABEL: func.func @no_multiplier
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %0, %cst_0, %0)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @no_multiplier(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %b = arith.constant dense<-1.0> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %none, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, none, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}

// CHECK-LABEL: func.func @variable_bias
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %cst, %cst_0, %arg1, %0)
// CHECK-NEXT: "lq.Quantize"(%[[C]])
func.func @variable_bias(%arg0: tensor<1x5x5x1xi32>, %arg1: tensor<2xf32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<0.5> : tensor<2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %arg1, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %1 : tensor<1x3x3x1xi32>
}
