// RUN: lce-opt %s -tfl-prepare-tf -split-input-file | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-tf -tfl-legalize-tf -canonicalize -split-input-file | FileCheck %s --check-prefix=TFL

// Inference batch norm with constant parameters: m = scale / sqrt(var + eps), b = offset - mean * m.
// scale [2, 6], offset [1, -1], mean [1, 2], variance [3, 8], eps 1: m = [1, 2], b = [0, -5].
// CHECK-LABEL: func.func @batch_norm
// CHECK-DAG: %[[M:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[0.000000e+00, -5.000000e+00]> : tensor<2xf32>
// CHECK: %[[MUL:.*]] = "tf.Mul"(%arg0, %[[M]]) : (tensor<1x3x3x2xf32>, tensor<2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: %[[ADD:.*]] = "tf.AddV2"(%[[MUL]], %[[B]]) : (tensor<1x3x3x2xf32>, tensor<2xf32>) -> tensor<1x3x3x2xf32>
// CHECK-NEXT: return %[[ADD]]
// TFL-LABEL: func.func @batch_norm
// TFL: tfl.mul(%arg0, %{{.*}}) {fused_activation_function = "NONE"}
// TFL-NEXT: tfl.add(%{{.*}}, %{{.*}}) {fused_activation_function = "NONE"}
func.func @batch_norm(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32> {
  %scale = "tf.Const"() {value = dense<[2.0, 6.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %offset = "tf.Const"() {value = dense<[1.0, -1.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %mean = "tf.Const"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %var = "tf.Const"() {value = dense<[3.0, 8.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %y, %a, %b, %c, %d, %e = "tf.FusedBatchNormV3"(%x, %scale, %offset, %mean, %var) {data_format = "NHWC", epsilon = 1.0 : f32, is_training = false} : (tensor<1x3x3x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x3x3x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<*xf32>)
  return %y : tensor<1x3x3x2xf32>
}

// -----

// Default epsilon (1e-4, lost in f32 next to 1e8) and one-element parameters broadcast over
// the channels; the zero bias makes the add an identity that folds away (TF folds it too).
// CHECK-LABEL: func.func @batch_norm_default_epsilon
// CHECK-NEXT: %[[M:.*]] = arith.constant dense<[2.000000e-04, 9.99999974E-5, 5.000000e-05]> : tensor<3xf32>
// CHECK-NEXT: %[[R:.*]] = "tf.Mul"(%arg0, %[[M]])
// CHECK-NEXT: return %[[R]]
func.func @batch_norm_default_epsilon(%x: tensor<2x5x3xf32>) -> tensor<2x5x3xf32> {
  %scale = "tf.Const"() {value = dense<[2.0, 1.0, 0.5]> : tensor<3xf32>} : () -> tensor<3xf32>
  %zero = "tf.Const"() {value = dense<0.0> : tensor<1xf32>} : () -> tensor<1xf32>
  %var = "tf.Const"() {value = dense<1.0e8> : tensor<3xf32>} : () -> tensor<3xf32>
  %y, %a, %b, %c, %d, %e = "tf.FusedBatchNormV3"(%x, %scale, %zero, %zero, %var) {is_training = false} : (tensor<2x5x3xf32>, tensor<3xf32>, tensor<1xf32>, tensor<1xf32>, tensor<3xf32>) -> (tensor<2x5x3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<*xf32>)
  return %y : tensor<2x5x3xf32>
}

// -----

// Not rewritten: training mode, a used auxiliary result, NCHW, non-constant parameters,
// parameters of the wrong length.
// CHECK-LABEL: func.func @batch_norm_kept
// CHECK-COUNT-5: "tf.FusedBatchNormV3"
// CHECK-NOT: "tf.Mul"
func.func @batch_norm_kept(%x: tensor<1x2x2x2xf32>, %p: tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %c = "tf.Const"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<2xf32>
  %c3 = "tf.Const"() {value = dense<1.0> : tensor<3xf32>} : () -> tensor<3xf32>
  %0:6 = "tf.FusedBatchNormV3"(%x, %c, %c, %c, %c) {is_training = true} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<*xf32>)
  %1:6 = "tf.FusedBatchNormV3"(%x, %c, %c, %c, %c) {is_training = false} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<*xf32>)
  %2:6 = "tf.FusedBatchNormV3"(%x, %c, %c, %c, %c) {data_format = "NCHW", is_training = false} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<*xf32>)
  %3:6 = "tf.FusedBatchNormV3"(%x, %p, %c, %c, %c) {is_training = false} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<*xf32>)
  %4:6 = "tf.FusedBatchNormV3"(%x, %c3, %c3, %c3, %c3) {is_training = false} : (tensor<1x2x2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) -> (tensor<1x2x2x2xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<*xf32>)
  return %0#0, %1#1, %2#0, %3#0, %4#0 : tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// Pass-through ops become identities; identities and IdentityN go.
// CHECK-LABEL: func.func @pass_through
// CHECK-NEXT: %[[I:.*]] = "tf.Identity"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %[[J:.*]] = "tf.Identity"(%[[I]])
// CHECK-NEXT: %[[K:.*]] = "tf.Identity"(%[[J]])
// CHECK-NEXT: %[[L:.*]] = "tf.Identity"(%[[K]])
// CHECK-NEXT: return %[[L]], %arg1
func.func @pass_through(%x: tensor<4xf32>, %y: tensor<2xi32>) -> (tensor<4xf32>, tensor<2xi32>) {
  %0 = "tf.Identity"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "tf.CheckNumerics"(%0) {message = "bad"} : (tensor<4xf32>) -> tensor<4xf32>
  %2 = "tf.Snapshot"(%1) : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "tf.StopGradient"(%2) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "tf.PlaceholderWithDefault"(%3) : (tensor<4xf32>) -> tensor<4xf32>
  %5:2 = "tf.IdentityN"(%4, %y) : (tensor<4xf32>, tensor<2xi32>) -> (tensor<4xf32>, tensor<2xi32>)
  return %5#0, %5#1 : tensor<4xf32>, tensor<2xi32>
}

// -----

// A refining identity stays when a non-tf op uses it.
// CHECK-LABEL: func.func @identity_refines
// CHECK-NEXT: "tf.Identity"(%arg0) : (tensor<*xf32>) -> tensor<3xf32>
func.func @identity_refines(%x: tensor<*xf32>) -> tensor<3xf32> {
  %0 = "tf.Identity"(%x) : (tensor<*xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}

// -----

// Fake quantization with a constant range: [-1, 3] in 8 bits has scale 4/255 and zero point 64;
// narrow range [0, 254] over [-2, 2]: scale 4/254, zero point 127 (1 + 127 - 1 nudged).
// CHECK-LABEL: func.func @fake_quant
// CHECK: %[[Q:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<2x3x!quant.uniform<u8:f32, 0.015686274509803921:64>>}
// CHECK-NEXT: %[[D:.*]] = "tfl.dequantize"(%[[Q]]) : (tensor<2x3x!quant.uniform<u8:f32, 0.015686274509803921:64>>) -> tensor<2x3xf32>
// CHECK-NEXT: %[[Q2:.*]] = "tfl.quantize"(%[[D]]) {qtype = tensor<2x3x!quant.uniform<u8<1:255>:f32, 0.015748031496062992:128>>}
// CHECK-NEXT: "tfl.dequantize"(%[[Q2]])
// A range not containing zero has no uniform type: kept.
// CHECK-NEXT: "tf.FakeQuantWithMinMaxVars"
func.func @fake_quant(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %min = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %max = "tf.Const"() {value = dense<3.0> : tensor<f32>} : () -> tensor<f32>
  %0 = "tf.FakeQuantWithMinMaxVars"(%x, %min, %max) {num_bits = 8 : i64, narrow_range = false} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %nmin = "tf.Const"() {value = dense<-2.0> : tensor<f32>} : () -> tensor<f32>
  %nmax = "tf.Const"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %1 = "tf.FakeQuantWithMinMaxVars"(%0, %nmin, %nmax) {num_bits = 8 : i64, narrow_range = true} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %pmin = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %2 = "tf.FakeQuantWithMinMaxVars"(%1, %pmin, %max) {num_bits = 8 : i64, narrow_range = false} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  return %2 : tensor<2x3xf32>
}

// -----

// Rank-2 batch matmuls unfold to MatMul; batched operands stay.
// CHECK-LABEL: func.func @batch_matmul
// CHECK-NEXT: %[[A:.*]] = "tf.MatMul"(%arg0, %arg1) {transpose_a = true, transpose_b = false} : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
// CHECK-NEXT: "tf.BatchMatMulV2"(%arg2, %arg2)
// TFL-LABEL: func.func @batch_matmul
// TFL: "tfl.fully_connected"
func.func @batch_matmul(%a: tensor<3x2xf32>, %b: tensor<3x4xf32>, %c: tensor<2x3x3xf32>) -> (tensor<2x4xf32>, tensor<2x3x3xf32>) {
  %0 = "tf.BatchMatMulV2"(%a, %b) {adj_x = true, adj_y = false} : (tensor<3x2xf32>, tensor<3x4xf32>) -> tensor<2x4xf32>
  %1 = "tf.BatchMatMulV2"(%c, %c) {adj_x = false, adj_y = false} : (tensor<2x3x3xf32>, tensor<2x3x3xf32>) -> tensor<2x3x3xf32>
  return %0, %1 : tensor<2x4xf32>, tensor<2x3x3xf32>
}

// -----

// Convolutions: zero bias, HWIO -> OHWI through tf.Transpose (folded after legalization).
// CHECK-LABEL: func.func @conv
// CHECK-DAG: %[[P:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
// CHECK-DAG: %[[Z:.*]] = arith.constant dense<0.000000e+00> : tensor<2xf32>
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<1x1x3x2xf32>
// CHECK: %[[T:.*]] = "tf.Transpose"(%[[W]], %[[P]]) : (tensor<1x1x3x2xf32>, tensor<4xi32>) -> tensor<2x1x1x3xf32>
// CHECK-NEXT: "tfl.conv_2d"(%arg0, %[[T]], %[[Z]]) {{.*}}padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32}
// TFL-LABEL: func.func @conv
// TFL: arith.constant dense<{{\[\[\[\[}}1.000000e+00, 3.000000e+00, 5.000000e+00]]], {{\[\[\[}}2.000000e+00, 4.000000e+00, 6.000000e+00]]]]> : tensor<2x1x1x3xf32>
// TFL: "tfl.conv_2d"
func.func @conv(%x: tensor<1x4x4x3xf32>) -> tensor<1x4x4x2xf32> {
  %w = "tf.Const"() {value = dense<[[[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]]]> : tensor<1x1x3x2xf32>} : () -> tensor<1x1x3x2xf32>
  %0 = "tf.Conv2D"(%x, %w) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x3xf32>, tensor<1x1x3x2xf32>) -> tensor<1x4x4x2xf32>
  return %0 : tensor<1x4x4x2xf32>
}
