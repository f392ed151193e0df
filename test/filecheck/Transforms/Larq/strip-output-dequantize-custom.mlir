// RUN: lce-opt %s -lce-strip-output-dequantize --split-input-file | FileCheck %s

// lce-strip-output-dequantize on the legalized form (after tfl-legalize-lce), where the
// unpacking is a tfl.custom with code LceDequantize; the file a converted model ends as.

// A float model: the bitpacked conv output is returned; the conv itself is untouched.
// CHECK-LABEL: func.func @single_output(%arg0: tensor<1x6x6x1xi32>, %arg1: tensor<64x3x3x1xi32>, %arg2: tensor<64xi32>) -> (tensor<1x4x4x2xi32> {lq.bitpacked_channels = 64 : i64})
// CHECK-NEXT: %0 = "tfl.no_value"() {value} : () -> none
// CHECK-NEXT: %1 = "tfl.custom"(%arg0, %arg1, %0, %0, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x01">} : (tensor<1x6x6x1xi32>, tensor<64x3x3x1xi32>, none, none, tensor<64xi32>) -> tensor<1x4x4x2xi32>
// CHECK-NEXT: return %1 : tensor<1x4x4x2xi32>
func.func @single_output(%arg0: tensor<1x6x6x1xi32>, %arg1: tensor<64x3x3x1xi32>, %arg2: tensor<64xi32>) -> tensor<1x4x4x64xf32> {
  %none = "tfl.no_value"() {value} : () -> none
  %0 = "tfl.custom"(%arg0, %arg1, %none, %none, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x01">} : (tensor<1x6x6x1xi32>, tensor<64x3x3x1xi32>, none, none, tensor<64xi32>) -> tensor<1x4x4x2xi32>
  %1 = "tfl.custom"(%0) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4x4x2xi32>) -> tensor<1x4x4x64xf32>
  return %1 : tensor<1x4x4x64xf32>
}

// -----

// An int8 model: LceDequantize to int8, then tfl.dequantize to float; both go. The second result
// is an LceDequantize to int8 that is returned directly (--inference-output-type int8).
// CHECK-LABEL: func.func @int8_outputs(%arg0: tensor<1x3x3x2xi32>, %arg1: tensor<1x1x1x1xi32>)
// CHECK-SAME: -> (tensor<1x3x3x2xi32> {lq.bitpacked_channels = 33 : i64}, tensor<1x1x1x1xi32> {lq.bitpacked_channels = 8 : i64})
// CHECK-NEXT: return %arg0, %arg1 : tensor<1x3x3x2xi32>, tensor<1x1x1x1xi32>
func.func @int8_outputs(%arg0: tensor<1x3x3x2xi32>, %arg1: tensor<1x1x1x1xi32>) -> (tensor<1x3x3x33xf32>, tensor<1x1x1x8x!quant.uniform<i8:f32, 1.0>>) {
  %0 = "tfl.custom"(%arg0) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x3x3x2xi32>) -> tensor<1x3x3x33x!quant.uniform<i8:f32, 0.0078125:-128>>
  %1 = "tfl.dequantize"(%0) : (tensor<1x3x3x33x!quant.uniform<i8:f32, 0.0078125:-128>>) -> tensor<1x3x3x33xf32>
  %2 = "tfl.custom"(%arg1) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x1x1x1xi32>) -> tensor<1x1x1x8x!quant.uniform<i8:f32, 1.0>>
  return %1, %2 : tensor<1x3x3x33xf32>, tensor<1x1x1x8x!quant.uniform<i8:f32, 1.0>>
}

// -----

// Inner users keep what they read: the int8 LceDequantize also feeds a tfl.add, and the
// float tfl.dequantize also feeds a tfl.relu. Both ops stay, only the first result changes.
// CHECK-LABEL: func.func @used_inside(%arg0: tensor<1x2x2x1xi32>)
// CHECK-SAME: -> (tensor<1x2x2x1xi32> {lq.bitpacked_channels = 32 : i64}, tensor<1x2x2x32x!quant.uniform<i8:f32, 5.000000e-01>>, tensor<1x2x2x32xf32>)
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">}
// CHECK-NEXT: %1 = "tfl.dequantize"(%0)
// CHECK-NEXT: %2 = tfl.add %0, %0
// CHECK-NEXT: %3 = "tfl.relu"(%1)
// CHECK-NEXT: return %arg0, %2, %3 : tensor<1x2x2x1xi32>, tensor<1x2x2x32x!quant.uniform<i8:f32, 5.000000e-01>>, tensor<1x2x2x32xf32>
func.func @used_inside(%arg0: tensor<1x2x2x1xi32>) -> (tensor<1x2x2x32xf32>, tensor<1x2x2x32x!quant.uniform<i8:f32, 0.5>>, tensor<1x2x2x32xf32>) {
  %0 = "tfl.custom"(%arg0) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x2x2x1xi32>) -> tensor<1x2x2x32x!quant.uniform<i8:f32, 0.5>>
  %1 = "tfl.dequantize"(%0) : (tensor<1x2x2x32x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x2x2x32xf32>
  %2 = tfl.add %0, %0 {fused_activation_function = "NONE"} : tensor<1x2x2x32x!quant.uniform<i8:f32, 0.5>>
  %3 = "tfl.relu"(%1) : (tensor<1x2x2x32xf32>) -> tensor<1x2x2x32xf32>
  return %1, %2, %3 : tensor<1x2x2x32xf32>, tensor<1x2x2x32x!quant.uniform<i8:f32, 0.5>>, tensor<1x2x2x32xf32>
}

// -----

// Not an unpacking of bitpacked words: other custom codes, an LceQuantize (already i32), a
// tfl.dequantize of a plain int8 tensor and a float tfl.dequantize of f16. Nothing changes.
// CHECK-LABEL: func.func @untouched(%arg0: tensor<1x4xf32>, %arg1: tensor<2x!quant.uniform<i8:f32, 2.500000e-01>>, %arg2: tensor<3xf16>) -> (tensor<1x4xf32>, tensor<1x1xi32>, tensor<2xf32>, tensor<3xf32>) {
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "MyDequantize", custom_option = #tfl<const_bytes : "0x">}
// CHECK-NEXT: %1 = "tfl.custom"(%arg0) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">}
// CHECK-NEXT: %2 = "tfl.dequantize"(%arg1)
// CHECK-NEXT: %3 = "tfl.dequantize"(%arg2)
// CHECK-NEXT: return %0, %1, %2, %3
func.func @untouched(%arg0: tensor<1x4xf32>, %arg1: tensor<2x!quant.uniform<i8:f32, 0.25>>, %arg2: tensor<3xf16>) -> (tensor<1x4xf32>, tensor<1x1xi32>, tensor<2xf32>, tensor<3xf32>) {
  %0 = "tfl.custom"(%arg0) {custom_code = "MyDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %1 = "tfl.custom"(%arg0) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4xf32>) -> tensor<1x1xi32>
  %2 = "tfl.dequantize"(%arg1) : (tensor<2x!quant.uniform<i8:f32, 0.25>>) -> tensor<2xf32>
  %3 = "tfl.dequantize"(%arg2) : (tensor<3xf16>) -> tensor<3xf32>
  return %0, %1, %2, %3 : tensor<1x4xf32>, tensor<1x1xi32>, tensor<2xf32>, tensor<3xf32>
}

// -----

// A tfl.custom LceDequantize that does not read i32 words (malformed) is not treated as one.
// CHECK-LABEL: func.func @not_i32(%arg0: tensor<1x4xf32>) -> tensor<1x4xf32> {
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "LceDequantize"
func.func @not_i32(%arg0: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "tfl.custom"(%arg0) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}
