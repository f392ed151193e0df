// RUN: lce-opt %s -tfl-optimize-lce=target=arm -verify-diagnostics | FileCheck %s --check-prefixes CHECK,ARM
// RUN: lce-opt %s -tfl-optimize-lce=target=xcore -verify-diagnostics | FileCheck %s --check-prefixes CHECK,XCORE
// RUN: not lce-opt %s -tfl-optimize-lce=target=riscv 2>&1 | FileCheck %s --check-prefix=BAD

// Rewrites that enable each other within one run of the pass.

// BAD: for the --target option: Cannot find option named 'riscv'!

// relu folds into the convolution first; the Quantize then sees Quantize(Bconv2d) and writes
// bitpacked output. A RELU output is never negative: every threshold is INT32_MAX.
// CHECK-LABEL: func.func @relu_then_bitpack
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<4x3x3x3xf32>
// CHECK-NEXT: %0 = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %cst_0 = arith.constant dense<2147483647> : tensor<4xi32>
// CHECK-NEXT: %1 = "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0) <{{.*}}fused_activation_function = "RELU"{{.*}}> : {{.*}} -> tensor<1x3x3x1xi32>
// CHECK-NEXT: return %1
func.func @relu_then_bitpack(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<4x3x3x3xf32>
  %m = arith.constant dense<1.0> : tensor<4xf32>
  %b = arith.constant dense<0.0> : tensor<4xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<4x3x3x3xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x3x3x4xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x3x3x4xf32>) -> tensor<1x3x3x4xf32>
  %2 = "lq.Quantize"(%1) : (tensor<1x3x3x4xf32>) -> tensor<1x3x3x1xi32>
  return %2 : tensor<1x3x3x1xi32>
}

// mul and sub fold into multiplier and bias, then the thresholds are computed from the folded
// values: m = 1 * -2 = -2, b = (0.5 * -2) - 3 = -4, K = 27:
// -2(27 - 2x) - 4 < 0 <=> x < 14.5, i.e. x' = 27 - x > 12.5 with the filters negated -> T = 12.
// CHECK-LABEL: func.func @mul_sub_then_bitpack
// CHECK-NEXT: %cst = arith.constant dense<-1.000000e+00> : tensor<2x3x3x3xf32>
// CHECK-NEXT: %0 = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %cst_0 = arith.constant dense<12> : tensor<2xi32>
// CHECK-NEXT: %1 = "lq.Bconv2d"(%arg0, %cst, %0, %0, %cst_0)
// CHECK-NEXT: return %1
func.func @mul_sub_then_bitpack(%arg0: tensor<1x5x5x1xi32>) -> tensor<1x3x3x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x3x3x3xf32>
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<0.5> : tensor<2xf32>
  %k = arith.constant dense<-2.0> : tensor<2xf32>
  %c = arith.constant dense<3.0> : tensor<f32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x3x3x2xf32>
  %1 = "tfl.mul"(%0, %k) {fused_activation_function = "NONE"} : (tensor<1x3x3x2xf32>, tensor<2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tfl.sub"(%1, %c) {fused_activation_function = "NONE"} : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %3 = "lq.Quantize"(%2) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
  return %3 : tensor<1x3x3x1xi32>
}

// A binary network fragment: conv, bitpacked output, max-pool of the packed values (arm),
// another conv. On xcore the pool stays a float pool of the first conv's float output, so the
// first conv keeps its float output too.
// CHECK-LABEL: func.func @conv_pool_conv
// ARM: %[[C1:.*]] = "lq.Bconv2d"(%arg0, {{.*}} -> tensor<1x6x6x1xi32>
// ARM-NEXT: %[[P:.*]] = "lq.BMaxPool2d"(%[[C1]]) {{.*}} : (tensor<1x6x6x1xi32>) -> tensor<1x3x3x1xi32>
// ARM-NEXT: %[[C2:.*]] = "lq.Bconv2d"(%[[P]], {{.*}} -> tensor<1x1x1x1xi32>
// ARM-NEXT: return %[[C2]]
// XCORE: %[[C1:.*]] = "lq.Bconv2d"(%arg0, {{.*}} -> tensor<1x6x6x8xf32>
// XCORE-NEXT: %[[P:.*]] = "tfl.max_pool_2d"(%[[C1]])
// XCORE-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[P]])
// XCORE-NEXT: %[[C2:.*]] = "lq.Bconv2d"(%[[Q]], {{.*}} -> tensor<1x1x1x1xi32>
// XCORE-NEXT: return %[[C2]]
func.func @conv_pool_conv(%arg0: tensor<1x8x8x1xi32>) -> tensor<1x1x1x1xi32> {
  %f1 = arith.constant dense<1.0> : tensor<8x3x3x2xf32>
  %f2 = arith.constant dense<-1.0> : tensor<4x3x3x8xf32>
  %m = arith.constant dense<0.25> : tensor<8xf32>
  %b = arith.constant dense<0.5> : tensor<8xf32>
  %m2 = arith.constant dense<-0.25> : tensor<4xf32>
  %b2 = arith.constant dense<0.5> : tensor<4xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "lq.Bconv2d"(%arg0, %f1, %m, %b, %none) {channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<8x3x3x2xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x6x6x8xf32>
  %1 = "tfl.max_pool_2d"(%0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x6x6x8xf32>) -> tensor<1x3x3x8xf32>
  %2 = "lq.Quantize"(%1) : (tensor<1x3x3x8xf32>) -> tensor<1x3x3x1xi32>
  %3 = "lq.Bconv2d"(%2, %f2, %m2, %b2, %none) {channels_in = 8 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x3x3x1xi32>, tensor<4x3x3x8xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x1x1x4xf32>
  %4 = "lq.Quantize"(%3) : (tensor<1x1x1x4xf32>) -> tensor<1x1x1x1xi32>
  return %4 : tensor<1x1x1x1xi32>
}

// less_equal with a zero on the left: swapped, then the zero rewrite; on arm the max-pool
// under it is then reordered as well.
// CHECK-LABEL: func.func @le_zero_of_pool
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x4x4x40xf32>) -> tensor<1x4x4x2xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0)
// ARM-NEXT: return %1
// XCORE-NEXT: %0 = "tfl.max_pool_2d"(%arg0)
// XCORE-NEXT: %1 = "lq.Quantize"(%0)
// XCORE-NEXT: return %1
func.func @le_zero_of_pool(%arg0: tensor<1x4x4x40xf32>) -> tensor<1x2x2x2xi32> {
  %zero = arith.constant dense<0.0> : tensor<f32>
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x40xf32>) -> tensor<1x2x2x40xf32>
  %1 = "tfl.less_equal"(%zero, %0) : (tensor<f32>, tensor<1x2x2x40xf32>) -> tensor<1x2x2x40xi1>
  %2 = "lq.Quantize"(%1) : (tensor<1x2x2x40xi1>) -> tensor<1x2x2x2xi32>
  return %2 : tensor<1x2x2x2xi32>
}
