// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(tfl-default-quant{default-min=-2.0 default-max=6.0 is-signed=true}))' | FileCheck %s
// RUN: not lce-opt %s --pass-pipeline='builtin.module(func.func(tfl-default-quant{default-min=1.0 default-max=6.0}))' 2>&1 | FileCheck %s --check-prefix=ERR

// Every float value without parameters gets the default range [-2, 6] in i8 (scale 8/255,
// zero point -128 + 2/(8/255) = -64.25 -> -64): the argument, the fully connected result and the
// relu result. The fake-quantized weight keeps its own parameters, and the bias gets the i32 type
// of input scale x weight scale (8/255 x 2/127).
// CHECK-LABEL: func.func @default_range
// CHECK-NEXT: %[[AQ:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<1x3x!quant.uniform<i8:f32, 0.031372549019607843:-64>>}
// CHECK-NEXT: %[[AD:.*]] = "tfl.dequantize"(%[[AQ]])
// CHECK: "tfl.quantize"(%{{.*}}) {qtype = tensor<2x3x!quant.uniform<i8<-127:127>:f32, 0.015748031496062992>>}
// CHECK: %[[B:.*]] = arith.constant dense<[1.000000e-01, 2.000000e-01]>
// CHECK-NEXT: %[[BQ:.*]] = "tfl.quantize"(%[[B]]) {qtype = tensor<2x!quant.uniform<i32:f32, 4.9405589007256445E-4>>}
// CHECK-NEXT: %[[BD:.*]] = "tfl.dequantize"(%[[BQ]])
// CHECK-NEXT: %[[F:.*]] = "tfl.fully_connected"(%[[AD]], %{{.*}}, %[[BD]])
// CHECK-NEXT: %[[FQ:.*]] = "tfl.quantize"(%[[F]]) {qtype = tensor<1x2x!quant.uniform<i8:f32, 0.031372549019607843:-64>>}
// CHECK-NEXT: %[[FD:.*]] = "tfl.dequantize"(%[[FQ]])
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[FD]])
// CHECK-NEXT: %[[RQ:.*]] = "tfl.quantize"(%[[R]]) {qtype = tensor<1x2x!quant.uniform<i8:f32, 0.031372549019607843:-64>>}
// CHECK-NEXT: %[[RD:.*]] = "tfl.dequantize"(%[[RQ]])
// CHECK-NEXT: return %[[RD]]

// A range that does not contain zero has no quantized type: an error, no crash.
// ERR: error: the default range [1, 6] has no 8-bit quantized type
func.func @default_range(%arg0: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[0.5, -1.0, 0.25], [2.0, 0.0, -0.5]]> : tensor<2x3xf32>
  %wq = "tfl.quantize"(%w) {qtype = tensor<2x3x!quant.uniform<i8<-127:127>:f32, 0.015748031496062992>>} : (tensor<2x3xf32>) -> tensor<2x3x!quant.uniform<i8<-127:127>:f32, 0.015748031496062992>>
  %wd = "tfl.dequantize"(%wq) : (tensor<2x3x!quant.uniform<i8<-127:127>:f32, 0.015748031496062992>>) -> tensor<2x3xf32>
  %b = arith.constant dense<[0.1, 0.2]> : tensor<2xf32>
  %f = "tfl.fully_connected"(%arg0, %wd, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %r = "tfl.relu"(%f) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %r : tensor<1x2xf32>
}
