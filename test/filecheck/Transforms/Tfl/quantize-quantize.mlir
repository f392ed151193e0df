// RUN: lce-opt %s -tfl-quantize | FileCheck %s

// The conv reads the quantized input and constants and writes the quantized type; constants
// become tfl.pseudo_qconst with storage values rounded half away from zero: 0.5 / (1/127) = 63.5
// -> 64, -1 -> -127, 0.125 / (0.25/127) = 63.5 -> 64; bias 0.5 / 6.1757e-5 = 8096.3 -> 8096 and
// -0.25 / 1.5439e-5 = -16192.5 -> -16193. The function's input quantize and output dequantize stay.
// CHECK-LABEL: func.func @conv
// CHECK-NEXT: %[[W:.*]] = "tfl.pseudo_qconst"() {qtype = tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.0078740157480314959,0.001968503937007874}>>, value = dense<{{\[\[\[\[}}64, -127]]], {{\[\[\[}}127, 64]]]]> : tensor<2x1x1x2xi8>}
// CHECK-NEXT: %[[B:.*]] = "tfl.pseudo_qconst"() {qtype = tensor<2x!quant.uniform<i32:f32:0, {6.1756986259070556E-5,1.5439246564767639E-5}>>, value = dense<[8096, -16193]> : tensor<2xi32>}
// CHECK-NEXT: %[[I:.*]] = "tfl.quantize"(%arg0)
// CHECK-NEXT: %[[C:.*]] = "tfl.conv_2d"(%[[I]], %[[W]], %[[B]]) {{.*}} -> tensor<1x2x2x2x!quant.uniform<i8:f32, 2.000000e-02:-28>>
// CHECK-NEXT: %[[O:.*]] = "tfl.dequantize"(%[[C]])
// CHECK-NEXT: return %[[O]]

// An operand without a quantize/dequantize pair keeps the op in float.
// CHECK-LABEL: func.func @float_operand_stays
// CHECK: tfl.add %{{.*}}, %arg1 {fused_activation_function = "NONE"} : tensor<4xf32>

// A quantize of a dequantized value is that value (same type) or a requantize of it.
// CHECK-LABEL: func.func @requantize
// CHECK-NEXT: %[[Q:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>}
// CHECK-NEXT: %[[R:.*]] = "tfl.quantize"(%[[Q]]) {qtype = tensor<4x!quant.uniform<i8:f32, 2.000000e-01:3>>} : (tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>)
// CHECK-NEXT: "tfl.dequantize"(%[[R]])
// CHECK-NEXT: "tfl.dequantize"(%[[Q]])

func.func @conv(%arg0: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32> {
  %w = arith.constant dense<[[[[0.5, -1.0]]], [[[0.25, 0.125]]]]> : tensor<2x1x1x2xf32>
  %wq = "tfl.quantize"(%w) {qtype = tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.0078740157480314959,0.001968503937007874}>>} : (tensor<2x1x1x2xf32>) -> tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.0078740157480314959,0.001968503937007874}>>
  %wd = "tfl.dequantize"(%wq) : (tensor<2x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.0078740157480314959,0.001968503937007874}>>) -> tensor<2x1x1x2xf32>
  %b = arith.constant dense<[0.5, -0.25]> : tensor<2xf32>
  %bq = "tfl.quantize"(%b) {qtype = tensor<2x!quant.uniform<i32:f32:0, {6.1756986259070556E-5,1.5439246564767639E-5}>>} : (tensor<2xf32>) -> tensor<2x!quant.uniform<i32:f32:0, {6.1756986259070556E-5,1.5439246564767639E-5}>>
  %bd = "tfl.dequantize"(%bq) : (tensor<2x!quant.uniform<i32:f32:0, {6.1756986259070556E-5,1.5439246564767639E-5}>>) -> tensor<2xf32>
  %q = "tfl.quantize"(%arg0) {qtype = tensor<1x2x2x2x!quant.uniform<i8:f32, 0.0078431372549019607>>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2x!quant.uniform<i8:f32, 0.0078431372549019607>>
  %d = "tfl.dequantize"(%q) : (tensor<1x2x2x2x!quant.uniform<i8:f32, 0.0078431372549019607>>) -> tensor<1x2x2x2xf32>
  %c = "tfl.conv_2d"(%d, %wd, %bd) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %cq = "tfl.quantize"(%c) {qtype = tensor<1x2x2x2x!quant.uniform<i8:f32, 2.000000e-02:-28>>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2x!quant.uniform<i8:f32, 2.000000e-02:-28>>
  %cd = "tfl.dequantize"(%cq) : (tensor<1x2x2x2x!quant.uniform<i8:f32, 2.000000e-02:-28>>) -> tensor<1x2x2x2xf32>
  return %cd : tensor<1x2x2x2xf32>
}

func.func @float_operand_stays(%arg0: tensor<4xf32>, %arg1: tensor<4xf32>) -> tensor<4xf32> {
  %q = "tfl.quantize"(%arg0) {qtype = tensor<4x!quant.uniform<i8:f32, 0.1>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.1>>
  %d = "tfl.dequantize"(%q) : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4xf32>
  %a = tfl.add %d, %arg1 {fused_activation_function = "NONE"} : tensor<4xf32>
  %aq = "tfl.quantize"(%a) {qtype = tensor<4x!quant.uniform<i8:f32, 0.2>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.2>>
  %ad = "tfl.dequantize"(%aq) : (tensor<4x!quant.uniform<i8:f32, 0.2>>) -> tensor<4xf32>
  return %ad : tensor<4xf32>
}

func.func @requantize(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %q = "tfl.quantize"(%arg0) {qtype = tensor<4x!quant.uniform<i8:f32, 0.1>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.1>>
  %d = "tfl.dequantize"(%q) : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4xf32>
  %r = "tfl.quantize"(%d) {qtype = tensor<4x!quant.uniform<i8:f32, 0.2:3>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.2:3>>
  %s = "tfl.quantize"(%d) {qtype = tensor<4x!quant.uniform<i8:f32, 0.1>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.1>>
  %t = "tfl.dequantize"(%r) : (tensor<4x!quant.uniform<i8:f32, 0.2:3>>) -> tensor<4xf32>
  %u = "tfl.dequantize"(%s) : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4xf32>
  %x = tfl.add %t, %u {fused_activation_function = "NONE"} : tensor<4xf32>
  return %x : tensor<4xf32>
}
