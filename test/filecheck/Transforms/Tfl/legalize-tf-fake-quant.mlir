// RUN: lce-opt %s -tfl-legalize-tf -canonicalize | FileCheck %s

// tfl-legalize-tf alone turns a fake-quant op with a constant range into quantize/dequantize
// (PrepareTF's conversion, included as the convolutions are); the ops after it legalize as usual.
// [-0.5, 1.5] in 8 bits: scale 2/255, zero point 63.75 -> 64.
// CHECK-LABEL: func.func @fake_quant
// CHECK-NEXT: %[[Q:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<4x!quant.uniform<u8:f32, 0.0078431372549019607:64>>}
// CHECK-NEXT: %[[D:.*]] = "tfl.dequantize"(%[[Q]]) : (tensor<4x!quant.uniform<u8:f32, 0.0078431372549019607:64>>) -> tensor<4xf32>
// CHECK-NEXT: %[[R:.*]] = "tfl.relu6"(%[[D]])
// CHECK-NEXT: return %[[R]]
func.func @fake_quant(%x: tensor<4xf32>) -> tensor<4xf32> {
  %min = "tf.Const"() {value = dense<-0.5> : tensor<f32>} : () -> tensor<f32>
  %max = "tf.Const"() {value = dense<1.5> : tensor<f32>} : () -> tensor<f32>
  %0 = "tf.FakeQuantWithMinMaxVars"(%x, %min, %max) {num_bits = 8 : i64, narrow_range = false} : (tensor<4xf32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  %1 = "tf.Relu6"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}

// A range read from a non-constant stays a tf op.
// CHECK-LABEL: func.func @dynamic_range
// CHECK: "tf.FakeQuantWithMinMaxVars"
func.func @dynamic_range(%x: tensor<4xf32>, %min: tensor<f32>) -> tensor<4xf32> {
  %max = "tf.Const"() {value = dense<1.5> : tensor<f32>} : () -> tensor<f32>
  %0 = "tf.FakeQuantWithMinMaxVars"(%x, %min, %max) {num_bits = 8 : i64, narrow_range = false} : (tensor<4xf32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
