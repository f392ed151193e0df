// RUN: lce-opt %s -tfl-prepare-tf | FileCheck %s
// RUN: lce-convert %s --quiet --inference-input-type int8 --inference-output-type int8 | FileCheck %s --check-prefix=INT8

// tf.FakeQuantWithMinMaxArgs carries its range in attributes: [-1, 1] in 8 bits is scale 2/255
// with zero point 127.5 -> 128 (unsigned, as PrepareTF builds it); [0, 6] is 6/255, 0.
// CHECK-LABEL: func.func @main
// CHECK-NEXT: %[[Q:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<1x4x!quant.uniform<u8:f32, 0.0078431372549019607:128>>}
// CHECK-NEXT: %[[D:.*]] = "tfl.dequantize"(%[[Q]])
// CHECK-NEXT: %[[R:.*]] = "tf.Relu6"(%[[D]])
// CHECK-NEXT: %[[Q2:.*]] = "tfl.quantize"(%[[R]]) {qtype = tensor<1x4x!quant.uniform<u8:f32, 0.023529411764705882>>}
// CHECK-NEXT: %[[D2:.*]] = "tfl.dequantize"(%[[Q2]])
// CHECK-NEXT: return %[[D2]]

// Converted with int8 I/O: i8 types (zero points down by 128). relu6 shares its input's
// parameters (a same-scale op whose single operand is fixed), so a requantize follows it.
// INT8-LABEL: func.func @main(%arg0: tensor<1x4x!quant.uniform<i8:f32, 0.0078431372549019607>>) -> tensor<1x4x!quant.uniform<i8:f32, 0.023529411764705882:-128>>
// INT8-NEXT: %[[R:.*]] = "tfl.relu6"(%arg0) {{.*}} -> tensor<1x4x!quant.uniform<i8:f32, 0.0078431372549019607>>
// INT8-NEXT: %[[Q:.*]] = "tfl.quantize"(%[[R]]) {qtype = tensor<1x4x!quant.uniform<i8:f32, 0.023529411764705882:-128>>}
// INT8-NEXT: return %[[Q]]
func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "tf.FakeQuantWithMinMaxArgs"(%x) {min = -1.0 : f32, max = 1.0 : f32, num_bits = 8 : i64, narrow_range = false} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %1 = "tf.Relu6"(%0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %2 = "tf.FakeQuantWithMinMaxArgs"(%1) {min = 0.0 : f32, max = 6.0 : f32, num_bits = 8 : i64, narrow_range = false} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %2 : tensor<1x4xf32>
}
