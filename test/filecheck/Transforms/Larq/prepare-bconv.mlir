// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s --check-prefixes CHECK,CHECK-ARM
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s --check-prefixes CHECK,CHECK-XCORE

// tfl-prepare-lce, pattern (e): tf.Conv2D(lq.Dequantize(x), binary filter) becomes lq.Bconv2d on
// the packed x. The filter is divided by its per-channel scales |F[0,0,0,o]| and transposed
// HWIO -> OHWI; the scales become the post-activation multiplier, the bias is zero and the
// threshold tfl.no_value. VALID padding on both targets, SAME (zero padding) on arm only.
// The constants are hoisted in the order the rewrite creates them (as LCE's DRR pattern does).

// Per-channel scales (the Div stays: LCE does not fold TF ops), strides and dilations [1,x,y,1].
// CHECK-LABEL: func.func @valid_scaled_strides_dilations
// CHECK-NEXT: %[[NONE:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[BIAS:.*]] = arith.constant dense<0.000000e+00> : tensor<3xf32>
// CHECK-NEXT: %[[PERM:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
// CHECK-NEXT: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}5.000000e-01, -2.000000e+00, 1.250000e-01]], {{\[\[}}-5.000000e-01, -2.000000e+00, 1.250000e-01]]]]> : tensor<1x2x1x3xf32>
// CHECK-NEXT: %[[SCALE:.*]] = arith.constant dense<[5.000000e-01, 2.000000e+00, 1.250000e-01]> : tensor<3xf32>
// CHECK-NEXT: %[[DIV:.*]] = "tf.Div"(%[[W]], %[[SCALE]]) : (tensor<1x2x1x3xf32>, tensor<3xf32>) -> tensor<1x2x1x3xf32>
// CHECK-NEXT: %[[T:.*]] = "tf.Transpose"(%[[DIV]], %[[PERM]]) : (tensor<1x2x1x3xf32>, tensor<4xi32>) -> tensor<3x1x2x1xf32>
// CHECK-NEXT: %[[CONV:.*]] = "lq.Bconv2d"(%arg0, %[[T]], %[[SCALE]], %[[BIAS]], %[[NONE]]) <{channels_in = 1 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 2 : i32, stride_width = 3 : i32}> : (tensor<1x9x10x1xi32>, tensor<3x1x2x1xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x5x3x3xf32>
// CHECK-NEXT: return %[[CONV]]
func.func @valid_scaled_strides_dilations(%arg0: tensor<1x9x10x1xi32>) -> tensor<1x5x3x3xf32> {
  %filter = arith.constant dense<[[[[0.5, -2.0, 0.125]], [[-0.5, -2.0, 0.125]]]]> : tensor<1x2x1x3xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x9x10x1xi32>) -> tensor<1x9x10x1xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 2, 3, 1], dilations = [1, 2, 1, 1]} : (tensor<1x9x10x1xf32>, tensor<1x2x1x3xf32>) -> tensor<1x5x3x3xf32>
  return %1 : tensor<1x5x3x3xf32>
}

// SAME: arm makes a same-zero binary convolution, xcore keeps the convolution. A unit scale
// makes the Div fold away (TF's identity fold).
// CHECK-LABEL: func.func @same_zero_padding
// CHECK-ARM-NEXT: %[[NONE:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-ARM-NEXT: %[[BIAS:.*]] = arith.constant dense<0.000000e+00> : tensor<4xf32>
// CHECK-ARM-NEXT: %[[MUL:.*]] = arith.constant dense<1.000000e+00> : tensor<4xf32>
// CHECK-ARM-NEXT: %[[W:.*]] = arith.constant dense<-1.000000e+00> : tensor<3x3x40x4xf32>
// CHECK-ARM-NEXT: %[[PERM:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
// CHECK-ARM-NEXT: %[[T:.*]] = "tf.Transpose"(%[[W]], %[[PERM]]) : (tensor<3x3x40x4xf32>, tensor<4xi32>) -> tensor<4x3x3x40xf32>
// CHECK-ARM-NEXT: %[[CONV:.*]] = "lq.Bconv2d"(%arg0, %[[T]], %[[MUL]], %[[BIAS]], %[[NONE]]) <{channels_in = 40 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}> : (tensor<1x6x6x2xi32>, tensor<4x3x3x40xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x3x3x4xf32>
// CHECK-ARM-NEXT: return %[[CONV]]
// CHECK-XCORE-NEXT: arith.constant dense<-1.000000e+00> : tensor<3x3x40x4xf32>
// CHECK-XCORE-NEXT: "lq.Dequantize"(%arg0)
// CHECK-XCORE-NEXT: "tf.Conv2D"
// CHECK-XCORE-NEXT: return
func.func @same_zero_padding(%arg0: tensor<1x6x6x2xi32>) -> tensor<1x3x3x4xf32> {
  %filter = arith.constant dense<-1.0> : tensor<3x3x40x4xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x2xi32>) -> tensor<1x6x6x40xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "SAME", strides = [1, 2, 2, 1], data_format = "NHWC"} : (tensor<1x6x6x40xf32>, tensor<3x3x40x4xf32>) -> tensor<1x3x3x4xf32>
  return %1 : tensor<1x3x3x4xf32>
}

// A weight may differ from its channel's scale by 0.5 %: 1.004 and 0.996 pass, 1.006 does not.
// CHECK-LABEL: func.func @tolerance
// CHECK: %[[SCALE:.*]] = arith.constant dense<[2.000000e+00, 1.000000e+00]> : tensor<2xf32>
// CHECK: %[[CLOSE:.*]] = arith.constant dense<{{.*}}-2.008000e+00, 0.995999991]]]]> : tensor<1x2x1x2xf32>
// CHECK: %[[FAR:.*]] = arith.constant dense<{{.*}}-2.012000e+00, 1.000000e+00]]]]> : tensor<1x2x1x2xf32>
// CHECK: %[[DEQ:.*]] = "lq.Dequantize"(%arg0)
// CHECK: "tf.Div"(%[[CLOSE]], %[[SCALE]])
// CHECK: %[[B:.*]] = "lq.Bconv2d"
// CHECK-NEXT: %[[C:.*]] = "tf.Conv2D"(%[[DEQ]], %[[FAR]])
// CHECK-NEXT: return %[[B]], %[[C]]
func.func @tolerance(%arg0: tensor<1x4x4x1xi32>) -> (tensor<1x4x3x2xf32>, tensor<1x4x3x2xf32>) {
  %close = arith.constant dense<[[[[2.0, 1.0]], [[-2.008, 0.996]]]]> : tensor<1x2x1x2xf32>
  %far = arith.constant dense<[[[[2.0, 1.0]], [[-2.012, 1.0]]]]> : tensor<1x2x1x2xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x1xi32>) -> tensor<1x4x4x1xf32>
  %1 = "tf.Conv2D"(%0, %close) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x2x1x2xf32>) -> tensor<1x4x3x2xf32>
  %2 = "tf.Conv2D"(%0, %far) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x2x1x2xf32>) -> tensor<1x4x3x2xf32>
  return %1, %2 : tensor<1x4x3x2xf32>, tensor<1x4x3x2xf32>
}

// A channel whose first weight is 0 has no scale.
// CHECK-LABEL: func.func @zero_scale
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"
func.func @zero_scale(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x4x3x2xf32> {
  %filter = arith.constant dense<[[[[1.0, 0.0]], [[1.0, 0.0]]]]> : tensor<1x2x1x2xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x1xi32>) -> tensor<1x4x4x1xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x2x1x2xf32>) -> tensor<1x4x3x2xf32>
  return %1 : tensor<1x4x3x2xf32>
}

// EXPLICIT padding, strides or dilations not of the form [1, x, y, 1].
// CHECK-LABEL: func.func @attributes_not_matched
// CHECK-NOT: lq.Bconv2d
// CHECK-COUNT-3: "tf.Conv2D"
// CHECK-NOT: lq.Bconv2d
// CHECK: return
func.func @attributes_not_matched(%arg0: tensor<1x4x4x1xi32>) -> (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) {
  %filter = arith.constant dense<1.0> : tensor<1x1x1x2xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x1xi32>) -> tensor<1x4x4x1xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "EXPLICIT", explicit_paddings = [0, 0, 0, 0, 0, 0, 0, 0], strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
  %2 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [2, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
  %3 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1], dilations = [1, 1, 1, 2]} : (tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
  return %1, %2, %3 : tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>
}

// Only NHWC.
// CHECK-LABEL: func.func @nchw
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"(%0, %cst) {data_format = "NCHW"
func.func @nchw(%arg0: tensor<1x1x4x1xi32>) -> tensor<1x2x4x4xf32> {
  %filter = arith.constant dense<1.0> : tensor<1x1x1x2xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x1x4x1xi32>) -> tensor<1x1x4x4xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1], data_format = "NCHW"} : (tensor<1x1x4x4xf32>, tensor<1x1x1x2xf32>) -> tensor<1x2x4x4xf32>
  return %1 : tensor<1x2x4x4xf32>
}

// The filter must be an arith.constant and the input an lq.Dequantize.
// CHECK-LABEL: func.func @operands_not_matched
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"(%0, %arg2)
// CHECK-NEXT: "tf.Conv2D"(%arg1, %cst)
func.func @operands_not_matched(%arg0: tensor<1x4x4x1xi32>, %x: tensor<1x4x4x1xf32>, %w: tensor<1x1x1x2xf32>) -> (tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>) {
  %filter = arith.constant dense<1.0> : tensor<1x1x1x2xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x1xi32>) -> tensor<1x4x4x1xf32>
  %1 = "tf.Conv2D"(%0, %w) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
  %2 = "tf.Conv2D"(%x, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>, tensor<1x1x1x2xf32>) -> tensor<1x4x4x2xf32>
  return %1, %2 : tensor<1x4x4x2xf32>, tensor<1x4x4x2xf32>
}

// Only f32 filters are binary.
// CHECK-LABEL: func.func @f64_filter
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"
func.func @f64_filter(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x4x4x2xf64> {
  %filter = arith.constant dense<1.0> : tensor<1x1x1x2xf64>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x1xi32>) -> tensor<1x4x4x1xf64>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf64>, tensor<1x1x1x2xf64>) -> tensor<1x4x4x2xf64>
  return %1 : tensor<1x4x4x2xf64>
}

// channels_in must be known: a dynamic channel count is not rewritten (LCE would build an
// unusable convolution).
// CHECK-LABEL: func.func @dynamic_channels
// CHECK-NOT: lq.Bconv2d
// CHECK: "tf.Conv2D"
func.func @dynamic_channels(%arg0: tensor<1x4x4x?xi32>) -> tensor<1x4x4x2xf32> {
  %filter = arith.constant dense<1.0> : tensor<1x1x8x2xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x?xi32>) -> tensor<1x4x4x?xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x?xf32>, tensor<1x1x8x2xf32>) -> tensor<1x4x4x2xf32>
  return %1 : tensor<1x4x4x2xf32>
}

// A tf.Const filter (made an arith.constant by the op-removal patterns) shared by two
// convolutions of the same input: both are rewritten and the new constants are shared.
// CHECK-LABEL: func.func @tf_const_filter_two_convs
// CHECK-NEXT: %[[NONE:.*]] = "tfl.no_value"
// CHECK-NEXT: %[[BIAS:.*]] = arith.constant dense<0.000000e+00> : tensor<5xf32>
// CHECK-NEXT: %[[PERM:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
// CHECK-NEXT: %[[W:.*]] = arith.constant dense<7.500000e-01> : tensor<1x1x7x5xf32>
// CHECK-NEXT: %[[SCALE:.*]] = arith.constant dense<7.500000e-01> : tensor<5xf32>
// CHECK-NEXT: %[[D0:.*]] = "tf.Div"(%[[W]], %[[SCALE]])
// CHECK-NEXT: %[[T0:.*]] = "tf.Transpose"(%[[D0]], %[[PERM]])
// CHECK-NEXT: %[[C0:.*]] = "lq.Bconv2d"(%arg0, %[[T0]], %[[SCALE]], %[[BIAS]], %[[NONE]]) <{channels_in = 7 : i32, {{.*}} stride_height = 1 : i32, stride_width = 1 : i32}>
// CHECK-NEXT: %[[D1:.*]] = "tf.Div"(%[[W]], %[[SCALE]])
// CHECK-NEXT: %[[T1:.*]] = "tf.Transpose"(%[[D1]], %[[PERM]])
// CHECK-NEXT: %[[C1:.*]] = "lq.Bconv2d"(%arg0, %[[T1]], %[[SCALE]], %[[BIAS]], %[[NONE]]) <{channels_in = 7 : i32, {{.*}} stride_height = 2 : i32, stride_width = 2 : i32}>
// CHECK-NEXT: return %[[C0]], %[[C1]]
func.func @tf_const_filter_two_convs(%arg0: tensor<1x5x5x1xi32>) -> (tensor<1x5x5x5xf32>, tensor<1x3x3x5xf32>) {
  %filter = "tf.Const"() {value = dense<0.75> : tensor<1x1x7x5xf32>} : () -> tensor<1x1x7x5xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x5x5x1xi32>) -> tensor<1x5x5x7xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x5x5x7xf32>, tensor<1x1x7x5xf32>) -> tensor<1x5x5x5xf32>
  %2 = "tf.Conv2D"(%0, %filter) {padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x5x5x7xf32>, tensor<1x1x7x5xf32>) -> tensor<1x3x3x5xf32>
  return %1, %2 : tensor<1x5x5x5xf32>, tensor<1x3x3x5xf32>
}
