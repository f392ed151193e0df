// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce, unipolar activations (our extension, not in LCE): a tf.Conv2D of {0, 1}
// activations with a binary filter becomes lq.Bconv2d on both targets. The activations are
// packed as lq.Quantize(t - x), whose bit is 1 exactly when x > t (a = 1); the filter is written
// as its OHWI signs B; the multiplier is -1/2 |scale| and the bias 1/2 |scale| sum(B) per output
// channel, so that mult * conv(1 - 2a, B) + bias = conv(a, filter). The quantizer's ops that
// nothing else uses are erased (tf.Round, tf.Minimum, ... are unregistered, so the driver would
// keep them). Each recognised form, as Larq exports it and in the variants canonicalization and
// operand order give:

// Larq's SteHeaviside as exported: clip_by_value(x, -1, 1), sign(relu(.)), and the IdentityN
// of tf.custom_gradient (op removal drops it).
// CHECK-LABEL: func.func @heaviside
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<{{\[}}0.000000e+00, -5.000000e-01, 2.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<{{\[}}-5.000000e-01, -2.500000e-01, -1.000000e+00]> : tensor<3xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<{{\[\[\[\[}}1.000000e+00, -1.000000e+00]]], {{\[\[\[}}-1.000000e+00, -1.000000e+00]]], {{\[\[\[}}1.000000e+00, 1.000000e+00]]]]> : tensor<3x1x1x2xf32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V5:.*]] = arith.constant dense<1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V6:.*]] = arith.constant dense<-1.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V7:.*]] = "tf.Minimum"(%arg0, %[[V5]]) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V8:.*]] = "tf.Maximum"(%[[V7]], %[[V6]]) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V9:.*]] = "tf.Sub"(%[[V4]], %[[V8]]) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V10:.*]] = "lq.Quantize"(%[[V9]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V11:.*]] = "lq.Bconv2d"(%[[V10]], %[[V3]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<3x1x1x2xf32>, tensor<3xf32>, tensor<3xf32>, none) -> tensor<1x3x3x3xf32>
// CHECK-NEXT: return %[[V11]] : tensor<1x3x3x3xf32>
func.func @heaviside(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x3xf32> {
  %one = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %minus = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %f = "tf.Const"() {value = dense<[[[[1.0, -0.5, 2.0], [-1.0, -0.5, 2.0]]]]> : tensor<1x1x2x3xf32>} : () -> tensor<1x1x2x3xf32>
  %0 = "tf.Minimum"(%x, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Maximum"(%0, %minus) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Relu"(%1) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Sign"(%2) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %4:2 = "tf.IdentityN"(%3, %1) : (tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>) -> (tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>)
  %5 = "tf.Conv2D"(%4#0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x3xf32>) -> tensor<1x3x3x3xf32>
  return %5 : tensor<1x3x3x3xf32>
}

// Larq's DoReFa with k_bit = 1: clip(x, 0, 1), then round(. * 1) / 1 under a custom gradient.
// CHECK-LABEL: func.func @dorefa
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<1x1x1x2xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x3x3x1xf32>
func.func @dorefa(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %f = "tf.Const"() {value = dense<[[[[1.0], [1.0]]]]> : tensor<1x1x2x1xf32>} : () -> tensor<1x1x2x1xf32>
  %0 = "tf.Minimum"(%x, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Maximum"(%0, %zero) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Mul"(%1, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Round"(%2) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %4 = "tf.RealDiv"(%3, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %5:2 = "tf.IdentityN"(%4, %1) : (tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>) -> (tensor<1x3x3x2xf32>, tensor<1x3x3x2xf32>)
  %6 = "tf.Conv2D"(%5#0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %6 : tensor<1x3x3x1xf32>
}

// DoReFa after canonicalization folded the multiplication and division by 1; the clip the
// other way round (max first), constants on the left, arith.constant operands.
// CHECK-LABEL: func.func @dorefa_folded_commuted
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<1x1x1x2xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x3x3x1xf32>
func.func @dorefa_folded_commuted(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = arith.constant dense<1.0> : tensor<f32>
  %zero = arith.constant dense<0.0> : tensor<1x1x1x1xf32>
  %f = arith.constant dense<[[[[1.0], [1.0]]]]> : tensor<1x1x2x1xf32>
  %0 = "tf.Maximum"(%zero, %x) : (tensor<1x1x1x1xf32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Minimum"(%one, %0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Round"(%1) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Conv2D"(%2, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %3 : tensor<1x3x3x1xf32>
}

// DoReFa with the tf.ClipByValue op and a tf.Div.
// CHECK-LABEL: func.func @dorefa_clip_by_value
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<1x1x1x2xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: return %[[V7]] : tensor<1x3x3x1xf32>
func.func @dorefa_clip_by_value(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = arith.constant dense<1.0> : tensor<f32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %f = arith.constant dense<[[[[1.0], [1.0]]]]> : tensor<1x1x2x1xf32>
  %0 = "tf.ClipByValue"(%x, %zero, %one) : (tensor<1x3x3x2xf32>, tensor<f32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Round"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Div"(%1, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Conv2D"(%2, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %3 : tensor<1x3x3x1xf32>
}

// 0.5 * sign(x - 0.5) + 0.5.
// CHECK-LABEL: func.func @half_sign
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<0.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<5.000000e-01> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<{{\[\[\[\[}}1.000000e+00, -1.000000e+00]]]]> : tensor<1x1x1x2xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "tf.Less"(%arg0, %[[V3]]) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xi1>
// CHECK-NEXT: %[[V9:.*]] = "lq.Quantize"(%[[V8]]) : (tensor<1x3x3x2xi1>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V10:.*]] = "lq.Bconv2d"(%[[V9]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: %[[V11:.*]] = "tf.AddV2"(%[[V7]], %[[V10]]) : (tensor<1x3x3x1xf32>, tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: return %[[V11]] : tensor<1x3x3x1xf32>
func.func @half_sign(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %f = arith.constant dense<[[[[2.0], [-2.0]]]]> : tensor<1x1x2x1xf32>
  %0 = "tf.Sub"(%x, %half) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Mul"(%1, %half) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.AddV2"(%2, %half) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %4 = "tf.Conv2D"(%3, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %4 : tensor<1x3x3x1xf32>
}

// The same with x + (-0.75) for x - 0.75 and the operands commuted.
// CHECK-LABEL: func.func @half_sign_add_commuted
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-2.500000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<7.500000e-01> : tensor<f32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<1.000000e+00> : tensor<1x1x1x2xf32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Sub"(%[[V3]], %arg0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V6:.*]] = "lq.Quantize"(%[[V5]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V7:.*]] = "lq.Bconv2d"(%[[V6]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: %[[V8:.*]] = "tf.Less"(%arg0, %[[V3]]) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xi1>
// CHECK-NEXT: %[[V9:.*]] = "lq.Quantize"(%[[V8]]) : (tensor<1x3x3x2xi1>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V10:.*]] = "lq.Bconv2d"(%[[V9]], %[[V4]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: %[[V11:.*]] = "tf.AddV2"(%[[V7]], %[[V10]]) : (tensor<1x3x3x1xf32>, tensor<1x3x3x1xf32>) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: return %[[V11]] : tensor<1x3x3x1xf32>
func.func @half_sign_add_commuted(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %shift = arith.constant dense<-0.75> : tensor<f32>
  %f = arith.constant dense<[[[[1.0], [1.0]]]]> : tensor<1x1x2x1xf32>
  %0 = "tf.AddV2"(%shift, %x) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Mul"(%half, %1) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.AddV2"(%half, %2) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %4 = "tf.Conv2D"(%3, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %4 : tensor<1x3x3x1xf32>
}

// A quantizer with another user: the conv is converted, the other user keeps the float value.
// CHECK-LABEL: func.func @shared_quantizer
// CHECK-NEXT: %[[V0:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %[[V1:.*]] = arith.constant dense<1.000000e+00> : tensor<1xf32>
// CHECK-NEXT: %[[V2:.*]] = arith.constant dense<-5.000000e-01> : tensor<1xf32>
// CHECK-NEXT: %[[V3:.*]] = arith.constant dense<1.000000e+00> : tensor<1x1x1x2xf32>
// CHECK-NEXT: %[[V4:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %[[V5:.*]] = "tf.Relu"(%arg0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V6:.*]] = "tf.Sign"(%[[V5]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V7:.*]] = "tf.Sub"(%[[V4]], %arg0) : (tensor<f32>, tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[V8:.*]] = "lq.Quantize"(%[[V7]]) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xi32>
// CHECK-NEXT: %[[V9:.*]] = "lq.Bconv2d"(%[[V8]], %[[V3]], %[[V2]], %[[V1]], %[[V0]]) <{channels_in = 2 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x3x3x1xi32>, tensor<1x1x1x2xf32>, tensor<1xf32>, tensor<1xf32>, none) -> tensor<1x3x3x1xf32>
// CHECK-NEXT: return %[[V9]], %[[V6]] : tensor<1x3x3x1xf32>, tensor<1x3x3x2xf32>
func.func @shared_quantizer(%x: tensor<1x3x3x2xf32>) -> (tensor<1x3x3x1xf32>, tensor<1x3x3x2xf32>) {
  %f = arith.constant dense<[[[[1.0], [1.0]]]]> : tensor<1x1x2x1xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %2, %1 : tensor<1x3x3x1xf32>, tensor<1x3x3x2xf32>
}
