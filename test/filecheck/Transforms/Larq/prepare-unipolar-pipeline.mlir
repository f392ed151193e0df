// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(lce-tf-to-tfl,lce-translate-tfl))' | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(lce-tf-to-tfl{target=xcore},lce-translate-tfl))' | FileCheck %s

// Unipolar binary convolutions through the whole pipeline: what tfl-optimize-lce fuses into
// them (their multiplier is negative, -1/2 |scale|) and what it leaves alone.

// A ReLU after a unipolar conv: the multiplier is -1/2, so optimize-lce does not fuse it.
// CHECK-LABEL: func.func @relu_not_fused
// CHECK: %[[Q:.*]] = "lq.Quantize"
// CHECK-NEXT: %[[C:.*]] = "lq.Bconv2d"(%[[Q]], {{.*}}) <{channels_in = 3 : i32, {{.*}}, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", {{.*}}}> : {{.*}} -> tensor<1x4x4x2xf32>
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[C]])
// CHECK-NEXT: return %[[R]]
func.func @relu_not_fused(%x: tensor<1x4x4x3xf32>) -> tensor<1x4x4x2xf32> {
  %f = "tf.Const"() {value = dense<1.0> : tensor<3x3x3x2xf32>} : () -> tensor<3x3x3x2xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x4x4x3xf32>, tensor<3x3x3x2xf32>) -> tensor<1x4x4x2xf32>
  %3 = "tf.Relu"(%2) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  return %3 : tensor<1x4x4x2xf32>
}

// A unipolar conv feeding a +-1 quantizer (ste_sign as select_v2): bitpacked output through
// thresholds, with the filter flipped for the negative multiplier. With all-ones weights the
// conv counts the ones of a, never negative, so every threshold says "always +1".
// CHECK-LABEL: func.func @feeds_bipolar
// CHECK-DAG: %[[FLIPPED:.*]] = arith.constant dense<7> : tensor<2x1x1x1xi32>
// CHECK-DAG: %[[ALWAYS_PLUS:.*]] = arith.constant dense<2147483647> : tensor<2xi32>
// CHECK-DAG: %[[NONE:.*]] = "tfl.no_value"
// CHECK: %[[Q:.*]] = "lq.Quantize"
// CHECK-NEXT: %[[P:.*]] = "lq.Bconv2d"(%[[Q]], %[[FLIPPED]], %[[NONE]], %[[NONE]], %[[ALWAYS_PLUS]]) {{.*}} -> tensor<1x4x4x1xi32>
// CHECK-NEXT: "lq.Bconv2d"(%[[P]],
func.func @feeds_bipolar(%x: tensor<1x4x4x3xf32>) -> tensor<1x2x2x2xf32> {
  %f = "tf.Const"() {value = dense<1.0> : tensor<1x1x3x2xf32>} : () -> tensor<1x1x3x2xf32>
  %g = "tf.Const"() {value = dense<1.0> : tensor<3x3x2x2xf32>} : () -> tensor<3x3x2x2xf32>
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %one = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %minus = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %0 = "tf.Relu"(%x) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x3xf32>, tensor<1x1x3x2xf32>) -> tensor<1x4x4x2xf32>
  %3 = "tf.GreaterEqual"(%2, %zero) : (tensor<1x4x4x2xf32>, tensor<f32>) -> tensor<1x4x4x2xi1>
  %4 = "tf.SelectV2"(%3, %one, %minus) : (tensor<1x4x4x2xi1>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x2xf32>
  %5 = "tf.Conv2D"(%4, %g) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<3x3x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %5 : tensor<1x2x2x2xf32>
}

// A unipolar conv feeding another unipolar quantizer: the second one packs 0 - y, which no
// pattern fuses, so the first conv keeps its float output.
// CHECK-LABEL: func.func @feeds_unipolar
// CHECK-DAG: %[[ZERO:.*]] = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK: %[[C:.*]] = "lq.Bconv2d"({{.*}}) {{.*}} -> tensor<1x4x4x2xf32>
// CHECK-NEXT: %[[S:.*]] = tfl.sub(%[[ZERO]], %[[C]])
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[S]])
// CHECK-NEXT: "lq.Bconv2d"(%[[Q]], {{.*}} -> tensor<1x2x2x2xf32>
func.func @feeds_unipolar(%x: tensor<1x4x4x3xf32>) -> tensor<1x2x2x2xf32> {
  %f = "tf.Const"() {value = dense<1.0> : tensor<1x1x3x2xf32>} : () -> tensor<1x1x3x2xf32>
  %g = "tf.Const"() {value = dense<1.0> : tensor<3x3x2x2xf32>} : () -> tensor<3x3x2x2xf32>
  %0 = "tf.Relu"(%x) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %1 = "tf.Sign"(%0) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x3xf32>, tensor<1x1x3x2xf32>) -> tensor<1x4x4x2xf32>
  %3 = "tf.Relu"(%2) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %4 = "tf.Sign"(%3) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %5 = "tf.Conv2D"(%4, %g) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<3x3x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %5 : tensor<1x2x2x2xf32>
}
