// RUN: lce-opt %s -tfl-optimize-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-optimize-lce=target=xcore -verify-diagnostics | FileCheck %s

// Constant add/sub after a binary convolution fold into its bias, constant mul/div into its
// multiplier and bias (both targets). The constants are combined by tfl ops that fold with
// broadcasting; the convolution's own activation is not checked (the kernel clamps before
// multiplier and bias).

// A scalar added on the left: tfl.add is commutative, so folding first moves the constant to
// the right. One output channel, RELU, same-one padding, stride 2: all attributes carried over.
// CHECK-LABEL: func.func @add_scalar_on_the_left
// CHECK-NEXT: %cst = arith.constant dense<5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<-1.750000e+00> : tensor<1xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2) <{channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}> : (tensor<1x8x8x2xi32>, tensor<1x3x3x64xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x4x4x1xf32>
// CHECK-NEXT: return %0
func.func @add_scalar_on_the_left(%arg0: tensor<1x8x8x2xi32>, %arg1: tensor<1x3x3x64xf32>, %arg2: none) -> tensor<1x4x4x1xf32> {
  %m = arith.constant dense<0.5> : tensor<1xf32>
  %b = arith.constant dense<-2.0> : tensor<1xf32>
  %v = arith.constant dense<0.25> : tensor<f32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32} : (tensor<1x8x8x2xi32>, tensor<1x3x3x64xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x4x4x1xf32>
  %1 = "tfl.add"(%v, %0) {fused_activation_function = "NONE"} : (tensor<f32>, tensor<1x4x4x1xf32>) -> tensor<1x4x4x1xf32>
  return %1 : tensor<1x4x4x1xf32>
}

// Per-channel values; the multiplier is a block argument (add/sub only need a constant bias).
// CHECK-LABEL: func.func @add_per_channel
// CHECK-NEXT: %cst = arith.constant dense<[1.500000e+00, -1.000000e+00, 3.250000e+00]> : tensor<3xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg3, %cst, %arg2)
// CHECK-SAME: -> tensor<1x6x6x3xf32>
// CHECK-NEXT: return %0
func.func @add_per_channel(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<3x3x3x3xf32>, %arg2: none, %arg3: tensor<3xf32>) -> tensor<1x6x6x3xf32> {
  %b = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %v = arith.constant dense<[0.5, -3.0, 0.25]> : tensor<3xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg3, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<3x3x3x3xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x6x6x3xf32>
  %1 = "tfl.add"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x3xf32>, tensor<3xf32>) -> tensor<1x6x6x3xf32>
  return %1 : tensor<1x6x6x3xf32>
}

// 31 channels; the original multiplier constant is reused, the bias replaced.
// CHECK-LABEL: func.func @sub_31_channels
// CHECK-NEXT: %cst = arith.constant dense<1.000000e+00> : tensor<31xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<5.000000e-01> : tensor<31xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2)
// CHECK-SAME: fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID"
// CHECK-NEXT: return %0
func.func @sub_31_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<31x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x31xf32> {
  %m = arith.constant dense<1.0> : tensor<31xf32>
  %b = arith.constant dense<1.0> : tensor<31xf32>
  %v = arith.constant dense<0.5> : tensor<31xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<31x3x3x3xf32>, tensor<31xf32>, tensor<31xf32>, none) -> tensor<1x6x6x31xf32>
  %1 = "tfl.sub"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x31xf32>, tensor<31xf32>) -> tensor<1x6x6x31xf32>
  return %1 : tensor<1x6x6x31xf32>
}

// Multiplying by a negative value makes the multiplier negative.
// CHECK-LABEL: func.func @mul_negative_32_channels
// CHECK-NEXT: %cst = arith.constant dense<-1.000000e+00> : tensor<32xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<-5.000000e-01> : tensor<32xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2)
// CHECK-NEXT: return %0
func.func @mul_negative_32_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<32x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x32xf32> {
  %m = arith.constant dense<0.5> : tensor<32xf32>
  %b = arith.constant dense<0.25> : tensor<32xf32>
  %v = arith.constant dense<-2.0> : tensor<32xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<32x3x3x3xf32>, tensor<32xf32>, tensor<32xf32>, none) -> tensor<1x6x6x32xf32>
  %1 = "tfl.mul"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x32xf32>, tensor<32xf32>) -> tensor<1x6x6x32xf32>
  return %1 : tensor<1x6x6x32xf32>
}

// Division by a one-element vector, 33 channels.
// CHECK-LABEL: func.func @div_33_channels
// CHECK-NEXT: %cst = arith.constant dense<5.000000e-01> : tensor<33xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<2.500000e-01> : tensor<33xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2)
// CHECK-NEXT: return %0
func.func @div_33_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<33x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x33xf32> {
  %m = arith.constant dense<2.0> : tensor<33xf32>
  %b = arith.constant dense<1.0> : tensor<33xf32>
  %v = arith.constant dense<4.0> : tensor<1xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<33x3x3x3xf32>, tensor<33xf32>, tensor<33xf32>, none) -> tensor<1x6x6x33xf32>
  %1 = "tfl.div"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x33xf32>, tensor<1xf32>) -> tensor<1x6x6x33xf32>
  return %1 : tensor<1x6x6x33xf32>
}

// A chain: the mul folds first (into multiplier and bias), then the add (into the new bias).
// 100 channels, per-channel values written as splats.
// CHECK-LABEL: func.func @mul_then_add_100_channels
// CHECK-NEXT: %cst = arith.constant dense<3.000000e+00> : tensor<100xf32>
// CHECK-NEXT: %cst_0 = arith.constant dense<1.000000e+00> : tensor<100xf32>
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %cst, %cst_0, %arg2)
// CHECK-SAME: fused_activation_function = "RELU6"
// CHECK-NEXT: return %0
func.func @mul_then_add_100_channels(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<100x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x100xf32> {
  %m = arith.constant dense<1.5> : tensor<100xf32>
  %b = arith.constant dense<-0.5> : tensor<100xf32>
  %two = arith.constant dense<2.0> : tensor<100xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<100x3x3x3xf32>, tensor<100xf32>, tensor<100xf32>, none) -> tensor<1x6x6x100xf32>
  %1 = "tfl.mul"(%two, %0) {fused_activation_function = "NONE"} : (tensor<100xf32>, tensor<1x6x6x100xf32>) -> tensor<1x6x6x100xf32>
  %2 = "tfl.add"(%1, %two) {fused_activation_function = "NONE"} : (tensor<1x6x6x100xf32>, tensor<100xf32>) -> tensor<1x6x6x100xf32>
  return %2 : tensor<1x6x6x100xf32>
}

// An existing output threshold operand is carried over (the ops only look at the bias).
// CHECK-LABEL: func.func @add_keeps_other_operands
// CHECK: %[[BIAS:.*]] = arith.constant dense<2.000000e+00> : tensor<2xf32>
// CHECK: "lq.Bconv2d"(%arg0, %arg1, %arg2, %[[BIAS]], %arg3)
func.func @add_keeps_other_operands(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: tensor<2xf32>, %arg3: tensor<2xi32>) -> tensor<1x6x6x2xf32> {
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %b, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tfl.add"(%0, %b) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

//===----------------------------------------------------------------------===//
// Not fused
//===----------------------------------------------------------------------===//

// sub and div are not commutative: a constant on the left stays there.
// CHECK-LABEL: func.func @sub_constant_on_the_left
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: tfl.sub(%{{.*}}, %[[C]])
func.func @sub_constant_on_the_left(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.sub"(%v, %0) {fused_activation_function = "NONE"} : (tensor<2xf32>, tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @div_constant_on_the_left
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: tfl.div(%{{.*}}, %[[C]])
func.func @div_constant_on_the_left(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.div"(%v, %0) {fused_activation_function = "NONE"} : (tensor<2xf32>, tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// An activation on the add itself would clamp after the bias.
// CHECK-LABEL: func.func @add_with_activation
// CHECK: "lq.Bconv2d"
// CHECK-NEXT: tfl.add{{.*}}fused_activation_function = "RELU"
func.func @add_with_activation(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.add"(%0, %v) {fused_activation_function = "RELU"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @mul_with_activation
// CHECK: "lq.Bconv2d"
// CHECK-NEXT: tfl.mul{{.*}}fused_activation_function = "RELU6"
func.func @mul_with_activation(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.mul"(%0, %v) {fused_activation_function = "RELU6"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// The convolution's result has another use.
// CHECK-LABEL: func.func @add_conv_two_uses
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[A:.*]] = tfl.add(%[[C]], %{{.*}})
// CHECK-NEXT: return %[[A]], %[[C]]
func.func @add_conv_two_uses(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> (tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>) {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.add"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1, %0 : tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @div_conv_two_uses
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: tfl.div(%[[C]], %{{.*}})
// CHECK-NEXT: tfl.div(%[[C]], %{{.*}})
func.func @div_conv_two_uses(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> (tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>) {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.div"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  %2 = "tfl.div"(%0, %m) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1, %2 : tensor<1x6x6x2xf32>, tensor<1x6x6x2xf32>
}

// The added value is not a constant.
// CHECK-LABEL: func.func @add_variable
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: tfl.add(%[[C]], %arg3)
func.func @add_variable(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none, %arg3: tensor<2xf32>) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.add"(%0, %arg3) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// The bias is not a constant (for mul/div neither may the multiplier be).
// CHECK-LABEL: func.func @sub_variable_bias
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %{{.*}}, %arg3, %arg2)
// CHECK-NEXT: tfl.sub(%[[C]], %{{.*}})
func.func @sub_variable_bias(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none, %arg3: tensor<2xf32>) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %arg3, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.sub"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @mul_variable_multiplier
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %arg3, %{{.*}}, %arg2)
// CHECK-NEXT: tfl.mul(%[[C]], %{{.*}})
func.func @mul_variable_multiplier(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none, %arg3: tensor<2xf32>) -> tensor<1x6x6x2xf32> {
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg3, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.mul"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// No bias at all (none) cannot absorb anything.
// CHECK-LABEL: func.func @add_no_bias
// CHECK: %[[C:.*]] = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3)
// CHECK-NEXT: tfl.add(%[[C]], %{{.*}})
func.func @add_no_bias(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none, %arg3: tensor<2xi32>) -> tensor<1x6x6x2xf32> {
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, none, none, tensor<2xi32>) -> tensor<1x6x6x2xf32>
  %1 = "tfl.add"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// A constant of rank 4 would make the bias 4-D (LCE fuses it, having no shape check; the
// per-channel operands of lq.Bconv2d are vectors here, so it is left alone).
// CHECK-LABEL: func.func @add_rank4_constant
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: tfl.add(%[[C]], %{{.*}}) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<1x1x1x2xf32>)
func.func @add_rank4_constant(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<3.0> : tensor<1x1x1x2xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.add"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// A per-row constant varies over the spatial dimensions, not per channel.
// CHECK-LABEL: func.func @mul_spatial_constant
// CHECK: %[[C:.*]] = "lq.Bconv2d"
// CHECK-NEXT: tfl.mul(%[[C]], %{{.*}}) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<6x1xf32>)
func.func @mul_spatial_constant(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %v = arith.constant dense<[[1.0], [2.0], [3.0], [4.0], [5.0], [6.0]]> : tensor<6x1xf32>
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32>
  %1 = "tfl.mul"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<6x1xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}

// The binary op's operand is not a binary convolution.
// CHECK-LABEL: func.func @add_to_argument
// CHECK-NEXT: %cst = arith.constant
// CHECK-NEXT: tfl.add(%arg0, %cst)
func.func @add_to_argument(%arg0: tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32> {
  %v = arith.constant dense<3.0> : tensor<2xf32>
  %1 = "tfl.add"(%arg0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32>
  return %1 : tensor<1x6x6x2xf32>
}
