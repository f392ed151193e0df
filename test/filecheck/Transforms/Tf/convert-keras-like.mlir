// RUN: lce-convert %s --quiet | FileCheck %s
// RUN: lce-convert %s -o %t.mlir 2>&1 | FileCheck %s --check-prefix=SUMMARY

// A Keras-style model as TF's importer writes it: a dynamic batch, Identity ops, Conv2D +
// BiasAdd + FusedBatchNormV3 (inference) + Relu, two binary convolutions in a row (Larq's
// ste_sign as GreaterEqual/SelectV2, ±1 kernels), each followed by a batch norm, and a
// dense head with BiasAdd.
// - the batch size becomes 1 and shapes flow to the result type;
// - the float conv absorbs bias and batch norm, and the relu;
// - binary conv 1's batch norm becomes thresholds: it writes bitpacked output for conv 2;
// - conv 2's batch norm goes into its multiplier and bias; the relu after it stays (LCE fuses
//   an activation only into a Bconv2d without multiplier and bias, as the kernel clamps first);
// - the dense bias goes into the fully connected layer.
// CHECK-LABEL: func.func @main(%arg0: tensor<1x6x6x3xf32>) -> tensor<1x2xf32>
// CHECK-NOT: "tf.
// CHECK: %[[C:.*]] = "tfl.conv_2d"(%arg0, %{{.*}}, %{{.*}}) {{{.*}}fused_activation_function = "RELU", padding = "SAME"{{.*}} -> tensor<1x6x6x4xf32>
// CHECK-NEXT: %[[Q:.*]] = "tfl.custom"(%[[C]]) {custom_code = "LceQuantize"{{.*}} -> tensor<1x6x6x1xi32>
// CHECK-NEXT: %[[B1:.*]] = "tfl.custom"(%[[Q]], {{.*}}) {custom_code = "LceBconv2d"{{.*}} : (tensor<1x6x6x1xi32>, tensor<4x2x2x1xi32>, none, none, tensor<4xi32>) -> tensor<1x5x5x1xi32>
// CHECK-NEXT: %[[B2:.*]] = "tfl.custom"(%[[B1]], {{.*}}) {custom_code = "LceBconv2d"{{.*}} : (tensor<1x5x5x1xi32>, tensor<4x2x2x1xi32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x4x4x4xf32>
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[B2]])
// CHECK-NEXT: %[[M:.*]] = "tfl.mean"(%[[R]]
// CHECK-NEXT: %[[F:.*]] = "tfl.fully_connected"(%[[M]], %{{.*}}, %{{.*}}) {{.*}} : (tensor<1x4xf32>, tensor<2x4xf32>, tensor<2xf32>) -> tensor<1x2xf32>
// CHECK-NEXT: %[[S:.*]] = "tfl.softmax"(%[[F]])
// CHECK-NEXT: return %[[S]] : tensor<1x2xf32>

// SUMMARY: ops: 19 before, 8 after
// SUMMARY: binary layers: 2 LceBconv2d (2 with bitpacked input, 1 writing bitpacked output), 0 LceBMaxPool2d, 1 LceQuantize, 0 LceDequantize
func.func @main(%input: tensor<?x6x6x3xf32>) -> tensor<?x2xf32> {
  %x = "tf.Identity"(%input) : (tensor<?x6x6x3xf32>) -> tensor<?x6x6x3xf32>
  %w0 = "tf.Const"() {value = dense<[[[[0.5, -0.25, 0.125, 1.0], [0.25, 0.5, -0.5, 0.75], [-1.0, 0.25, 0.5, 0.5]]]]> : tensor<1x1x3x4xf32>} : () -> tensor<1x1x3x4xf32>
  %b0 = "tf.Const"() {value = dense<[0.1, -0.2, 0.3, 0.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %c0 = "tf.Conv2D"(%x, %w0) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<?x6x6x3xf32>, tensor<1x1x3x4xf32>) -> tensor<?x6x6x4xf32>
  %a0 = "tf.BiasAdd"(%c0, %b0) {data_format = "NHWC"} : (tensor<?x6x6x4xf32>, tensor<4xf32>) -> tensor<?x6x6x4xf32>
  %g0 = "tf.Const"() {value = dense<[1.5, 0.5, 2.0, 1.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %o0 = "tf.Const"() {value = dense<[0.0, 0.1, -0.1, 0.2]> : tensor<4xf32>} : () -> tensor<4xf32>
  %m0 = "tf.Const"() {value = dense<[0.2, 0.0, -0.3, 0.1]> : tensor<4xf32>} : () -> tensor<4xf32>
  %v0 = "tf.Const"() {value = dense<[1.0, 4.0, 0.25, 2.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %n0:6 = "tf.FusedBatchNormV3"(%a0, %g0, %o0, %m0, %v0) {data_format = "NHWC", epsilon = 0.001 : f32, is_training = false} : (tensor<?x6x6x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<?x6x6x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<*xf32>)
  %r0 = "tf.Relu"(%n0#0) : (tensor<?x6x6x4xf32>) -> tensor<?x6x6x4xf32>
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %one = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %minus = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %p1 = "tf.GreaterEqual"(%r0, %zero) : (tensor<?x6x6x4xf32>, tensor<f32>) -> tensor<?x6x6x4xi1>
  %s1 = "tf.SelectV2"(%p1, %one, %minus) : (tensor<?x6x6x4xi1>, tensor<f32>, tensor<f32>) -> tensor<?x6x6x4xf32>
  %w1 = "tf.Const"() {value = dense<[[[[1.0, -1.0, 1.0, 1.0], [-1.0, -1.0, 1.0, -1.0], [1.0, 1.0, 1.0, -1.0], [-1.0, 1.0, -1.0, 1.0]], [[1.0, 1.0, -1.0, -1.0], [1.0, -1.0, -1.0, 1.0], [-1.0, 1.0, 1.0, 1.0], [1.0, -1.0, 1.0, -1.0]]], [[[-1.0, -1.0, 1.0, 1.0], [1.0, 1.0, 1.0, 1.0], [-1.0, 1.0, -1.0, -1.0], [1.0, -1.0, -1.0, 1.0]], [[1.0, 1.0, 1.0, -1.0], [-1.0, 1.0, -1.0, 1.0], [1.0, -1.0, 1.0, 1.0], [-1.0, -1.0, -1.0, -1.0]]]]> : tensor<2x2x4x4xf32>} : () -> tensor<2x2x4x4xf32>
  %c1 = "tf.Conv2D"(%s1, %w1) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<?x6x6x4xf32>, tensor<2x2x4x4xf32>) -> tensor<?x5x5x4xf32>
  %g1 = "tf.Const"() {value = dense<[0.5, 1.0, 0.25, 2.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %o1 = "tf.Const"() {value = dense<[0.1, -0.5, 0.25, 0.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %m1 = "tf.Const"() {value = dense<[1.0, -2.0, 0.5, 0.0]> : tensor<4xf32>} : () -> tensor<4xf32>
  %v1 = "tf.Const"() {value = dense<[4.0, 1.0, 9.0, 0.25]> : tensor<4xf32>} : () -> tensor<4xf32>
  %n1:6 = "tf.FusedBatchNormV3"(%c1, %g1, %o1, %m1, %v1) {data_format = "NHWC", epsilon = 0.001 : f32, is_training = false} : (tensor<?x5x5x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<?x5x5x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<*xf32>)
  %p2 = "tf.GreaterEqual"(%n1#0, %zero) : (tensor<?x5x5x4xf32>, tensor<f32>) -> tensor<?x5x5x4xi1>
  %s2 = "tf.SelectV2"(%p2, %one, %minus) : (tensor<?x5x5x4xi1>, tensor<f32>, tensor<f32>) -> tensor<?x5x5x4xf32>
  %c2 = "tf.Conv2D"(%s2, %w1) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<?x5x5x4xf32>, tensor<2x2x4x4xf32>) -> tensor<?x4x4x4xf32>
  %n2:6 = "tf.FusedBatchNormV3"(%c2, %g1, %o1, %m1, %v1) {data_format = "NHWC", epsilon = 0.001 : f32, is_training = false} : (tensor<?x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> (tensor<?x4x4x4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<*xf32>)
  %r2 = "tf.Relu"(%n2#0) : (tensor<?x4x4x4xf32>) -> tensor<?x4x4x4xf32>
  %axes = "tf.Const"() {value = dense<[1, 2]> : tensor<2xi32>} : () -> tensor<2xi32>
  %gap = "tf.Mean"(%r2, %axes) {keep_dims = false} : (tensor<?x4x4x4xf32>, tensor<2xi32>) -> tensor<?x4xf32>
  %dw = "tf.Const"() {value = dense<[[0.5, -0.5], [0.25, 0.75], [-1.0, 1.0], [0.125, 0.0]]> : tensor<4x2xf32>} : () -> tensor<4x2xf32>
  %db = "tf.Const"() {value = dense<[0.05, -0.05]> : tensor<2xf32>} : () -> tensor<2xf32>
  %mm = "tf.MatMul"(%gap, %dw) {transpose_a = false, transpose_b = false} : (tensor<?x4xf32>, tensor<4x2xf32>) -> tensor<?x2xf32>
  %logits = "tf.BiasAdd"(%mm, %db) {data_format = "NHWC"} : (tensor<?x2xf32>, tensor<2xf32>) -> tensor<?x2xf32>
  %probs = "tf.Softmax"(%logits) : (tensor<?x2xf32>) -> tensor<?x2xf32>
  %out = "tf.Identity"(%probs) : (tensor<?x2xf32>) -> tensor<?x2xf32>
  return %out : tensor<?x2xf32>
}
