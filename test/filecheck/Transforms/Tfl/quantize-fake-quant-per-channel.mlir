// RUN: lce-opt %s -tfl-prepare-tf | FileCheck %s

// A per-channel fake-quantized weight folds into the fake-quantized float values (TF's kernel):
// channel 0 has range [-1, 1] in 254 narrow steps (2/254 each), so 0.5 = -1 + 190.5 steps rounds
// up to -1 + 191 · 2/254 = 0.503937; -2 clamps to -1. Channel 1's range [0, 2] in 254 steps puts
// 0.3 at 38.1 steps -> 38 · 2/254 = 0.299212; -2 clamps to 0.
// CHECK-LABEL: func.func @weights
// CHECK-NEXT: %[[W:.*]] = arith.constant dense<{{\[\[}}5.039370e-01, 0.299212605], [-1.000000e+00, 0.000000e+00]]> : tensor<2x2xf32>
// CHECK-NEXT: return %[[W]]
func.func @weights() -> tensor<2x2xf32> {
  %w = "tf.Const"() {value = dense<[[0.5, 0.3], [-2.0, -2.0]]> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %min = "tf.Const"() {value = dense<[-1.0, 0.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %max = "tf.Const"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %q = "tf.FakeQuantWithMinMaxVarsPerChannel"(%w, %min, %max) {num_bits = 8 : i64, narrow_range = true} : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %q : tensor<2x2xf32>
}

// A non-constant input is not folded (no TFLite op holds it; the converter reports it).
// CHECK-LABEL: func.func @activations
// CHECK: "tf.FakeQuantWithMinMaxVarsPerChannel"
func.func @activations(%x: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %min = "tf.Const"() {value = dense<[-1.0, 0.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %max = "tf.Const"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  %q = "tf.FakeQuantWithMinMaxVarsPerChannel"(%x, %min, %max) {num_bits = 8 : i64, narrow_range = true} : (tensor<2x2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<2x2xf32>
  return %q : tensor<2x2xf32>
}
