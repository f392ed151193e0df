// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce, unipolar activations: what is not taken over. Each tf.Conv2D stays a float
// convolution (no lq op appears, and no diagnostic is reported): the quantizer is not exactly
// {0, 1}, the filter is not binary, the padding is not the +1 bit, or LCE's kernels cannot
// run the shape.

// A filter that is not binary (weights of two magnitudes).
// CHECK-LABEL: func.func @non_binary_filter
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @non_binary_filter(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %f = arith.constant dense<[[[[1.0], [0.5]]]]> : tensor<1x1x2x1xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %2 : tensor<1x3x3x1xf32>
}

// sign(relu6(x) - 1) takes -1, 0 and 1: not a recognised form.
// CHECK-LABEL: func.func @sign_of_shifted_relu6
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @sign_of_shifted_relu6(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = arith.constant dense<1.0> : tensor<f32>
  %f = arith.constant dense<1.0> : tensor<1x1x2x1xf32>
  %0 = "tf.Relu6"(%x) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sub"(%0, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Sign"(%1) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Conv2D"(%2, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %3 : tensor<1x3x3x1xf32>
}

// round(clip(x, 0, 2)) takes 0, 1 and 2.
// CHECK-LABEL: func.func @round_clip_0_2
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @round_clip_0_2(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %two = arith.constant dense<2.0> : tensor<f32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %f = arith.constant dense<1.0> : tensor<1x1x2x1xf32>
  %0 = "tf.Minimum"(%x, %two) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Maximum"(%0, %zero) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Round"(%1) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Conv2D"(%2, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %3 : tensor<1x3x3x1xf32>
}

// round(clip(x, -1, 1)) takes -1, 0 and 1.
// CHECK-LABEL: func.func @round_clip_minus1_1
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @round_clip_minus1_1(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = arith.constant dense<1.0> : tensor<f32>
  %minus = arith.constant dense<-1.0> : tensor<f32>
  %f = arith.constant dense<1.0> : tensor<1x1x2x1xf32>
  %0 = "tf.ClipByValue"(%x, %minus, %one) : (tensor<1x3x3x2xf32>, tensor<f32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Round"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %2 : tensor<1x3x3x1xf32>
}

// DoReFa with k_bit = 2: round(clip(x, 0, 1) * 3) / 3 has four levels.
// CHECK-LABEL: func.func @dorefa_two_bits
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @dorefa_two_bits(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = arith.constant dense<1.0> : tensor<f32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %three = arith.constant dense<3.0> : tensor<f32>
  %f = arith.constant dense<1.0> : tensor<1x1x2x1xf32>
  %0 = "tf.Minimum"(%x, %one) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Maximum"(%0, %zero) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Mul"(%1, %three) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.Round"(%2) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %4 = "tf.RealDiv"(%3, %three) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %5 = "tf.Conv2D"(%4, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %5 : tensor<1x3x3x1xf32>
}

// 0.25 * sign(x - 0.5) + 0.5 takes 0.25, 0.5 and 0.75.
// CHECK-LABEL: func.func @quarter_sign
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @quarter_sign(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %quarter = arith.constant dense<0.25> : tensor<f32>
  %f = arith.constant dense<1.0> : tensor<1x1x2x1xf32>
  %0 = "tf.Sub"(%x, %half) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.Mul"(%1, %quarter) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %3 = "tf.AddV2"(%2, %half) : (tensor<1x3x3x2xf32>, tensor<f32>) -> tensor<1x3x3x2xf32>
  %4 = "tf.Conv2D"(%3, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %4 : tensor<1x3x3x1xf32>
}

// Padding with 1 (a = 1 outside) is padding with the -1 bit, which Bconv2d cannot do.
// CHECK-LABEL: func.func @padded_with_one
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @padded_with_one(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x1xf32> {
  %one = arith.constant dense<1.0> : tensor<f32>
  %pads = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>
  %f = arith.constant dense<1.0> : tensor<3x3x2x1xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32>
  %2 = "tf.PadV2"(%1, %pads, %one) : (tensor<1x3x3x2xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x5x5x2xf32>
  %3 = "tf.Conv2D"(%2, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x5x5x2xf32>, tensor<3x3x2x1xf32>) -> tensor<1x3x3x1xf32>
  return %3 : tensor<1x3x3x1xf32>
}

// Groups with 16 channels per group: LCE's kernels need multiples of 32. The float conv stays,
// without the error the ±1 rewrite reports (the float conv of {0, 1} input is valid).
// CHECK-LABEL: func.func @grouped_16
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @grouped_16(%x: tensor<1x2x2x32xf32>) -> tensor<1x2x2x2xf32> {
  %f = arith.constant dense<1.0> : tensor<1x1x16x2xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x2x2x32xf32>) -> tensor<1x2x2x32xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x2x2x32xf32>) -> tensor<1x2x2x32xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x2x2x32xf32>, tensor<1x1x16x2xf32>) -> tensor<1x2x2x2xf32>
  return %2 : tensor<1x2x2x2xf32>
}

// NCHW convolutions are not taken over.
// CHECK-LABEL: func.func @nchw
// CHECK-NOT: lq.
// CHECK: "tf.Conv2D"
// CHECK-NOT: lq.
// CHECK: return
func.func @nchw(%x: tensor<1x2x3x3xf32>) -> tensor<1x1x3x3xf32> {
  %f = arith.constant dense<1.0> : tensor<1x1x2x1xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {data_format = "NCHW", padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x2x3x3xf32>, tensor<1x1x2x1xf32>) -> tensor<1x1x3x3xf32>
  return %2 : tensor<1x1x3x3xf32>
}
