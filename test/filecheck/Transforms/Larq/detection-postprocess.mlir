// RUN: lce-opt %s -detection-postprocess-int -verify-diagnostics --split-input-file | FileCheck %s

// TFLite_Detection_PostProcess fed by three dequantizes reads the quantized tensors directly;
// its scores output becomes i8 quantized with the scores input's scale and zero point, and is
// dequantized for the old users.

// CHECK-LABEL: func.func @rewritten
// CHECK-NEXT: %0:4 = "tfl.custom"(%arg0, %arg1, %arg2) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x0A0B0C">} : (tensor<1x50x4x!quant.uniform<u8:f32, 6.250000e-02:128>>, tensor<1x50x7x!quant.uniform<i8:f32, 5.000000e-03:-7>>, tensor<50x4x!quant.uniform<i16:f32, 1.000000e-01>>) -> (tensor<1x12x4xi32>, tensor<1x12xi32>, tensor<1x12x!quant.uniform<i8:f32, 5.000000e-03:-7>>, tensor<1xi32>)
// CHECK-NEXT: %1 = "tfl.dequantize"(%0#2) : (tensor<1x12x!quant.uniform<i8:f32, 5.000000e-03:-7>>) -> tensor<1x12xf32>
// CHECK-NEXT: %2 = "tfl.relu"(%1)
// CHECK-NEXT: return %0#3, %2, %0#0, %0#1 :
func.func @rewritten(%arg0: tensor<1x50x4x!quant.uniform<u8:f32, 0.0625:128>>, %arg1: tensor<1x50x7x!quant.uniform<i8:f32, 0.005:-7>>, %arg2: tensor<50x4x!quant.uniform<i16:f32, 0.1>>) -> (tensor<1xi32>, tensor<1x12xf32>, tensor<1x12x4xi32>, tensor<1x12xi32>) {
  %0 = "tfl.dequantize"(%arg0) : (tensor<1x50x4x!quant.uniform<u8:f32, 0.0625:128>>) -> tensor<1x50x4xf32>
  %1 = "tfl.dequantize"(%arg1) : (tensor<1x50x7x!quant.uniform<i8:f32, 0.005:-7>>) -> tensor<1x50x7xf32>
  %2 = "tfl.dequantize"(%arg2) : (tensor<50x4x!quant.uniform<i16:f32, 0.1>>) -> tensor<50x4xf32>
  // Discardable attributes are not carried over (LCE builds the new op from code and options).
  %3:4 = "tfl.custom"(%0, %1, %2) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x0A0B0C">, my.tag = 1 : i32} : (tensor<1x50x4xf32>, tensor<1x50x7xf32>, tensor<50x4xf32>) -> (tensor<1x12x4xi32>, tensor<1x12xi32>, tensor<1x12xf32>, tensor<1xi32>)
  %4 = "tfl.relu"(%3#2) : (tensor<1x12xf32>) -> tensor<1x12xf32>
  return %3#3, %4, %3#0, %3#1 : tensor<1xi32>, tensor<1x12xf32>, tensor<1x12x4xi32>, tensor<1x12xi32>
}

// -----

// Dynamic output shapes are kept.
// CHECK-LABEL: func.func @dynamic_outputs
// CHECK-NEXT: %0:4 = "tfl.custom"(%arg0, %arg1, %arg0) {{.*}} -> (tensor<?x?x4xi32>, tensor<?x?xi32>, tensor<?x?x!quant.uniform<i8:f32, 2.500000e-01:3>>, tensor<?xi32>)
// CHECK-NEXT: %1 = "tfl.dequantize"(%0#2) : (tensor<?x?x!quant.uniform<i8:f32, 2.500000e-01:3>>) -> tensor<?x?xf32>
func.func @dynamic_outputs(%arg0: tensor<2x4x!quant.uniform<i8:f32, 0.5>>, %arg1: tensor<2x4x!quant.uniform<i8:f32, 0.25:3>>) -> (tensor<?x?x4xi32>, tensor<?x?xi32>, tensor<?x?xf32>, tensor<?xi32>) {
  %0 = "tfl.dequantize"(%arg0) : (tensor<2x4x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x4xf32>
  %1 = "tfl.dequantize"(%arg1) : (tensor<2x4x!quant.uniform<i8:f32, 0.25:3>>) -> tensor<2x4xf32>
  %2:4 = "tfl.custom"(%0, %1, %0) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> (tensor<?x?x4xi32>, tensor<?x?xi32>, tensor<?x?xf32>, tensor<?xi32>)
  return %2#0, %2#1, %2#2, %2#3 : tensor<?x?x4xi32>, tensor<?x?xi32>, tensor<?x?xf32>, tensor<?xi32>
}

// -----

// Not rewritten: the anchors are not dequantized.
// CHECK-LABEL: func.func @anchors_float
// CHECK: "tfl.custom"(%0, %1, %arg2)
// CHECK-SAME: -> (tensor<1x5x4xi32>, tensor<1x5xi32>, tensor<1x5xf32>, tensor<1xi32>)
func.func @anchors_float(%arg0: tensor<1x9x4x!quant.uniform<i8:f32, 0.5>>, %arg1: tensor<1x9x2x!quant.uniform<i8:f32, 0.5>>, %arg2: tensor<9x4xf32>) -> tensor<1x5xf32> {
  %0 = "tfl.dequantize"(%arg0) : (tensor<1x9x4x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x9x4xf32>
  %1 = "tfl.dequantize"(%arg1) : (tensor<1x9x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x9x2xf32>
  %2:4 = "tfl.custom"(%0, %1, %arg2) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x9x4xf32>, tensor<1x9x2xf32>, tensor<9x4xf32>) -> (tensor<1x5x4xi32>, tensor<1x5xi32>, tensor<1x5xf32>, tensor<1xi32>)
  return %2#2 : tensor<1x5xf32>
}

// -----

// Not rewritten: an output type other than (i32, i32, f32, i32), another code, another
// number of inputs, or scores quantized per axis (where LCE would crash).
// CHECK-LABEL: func.func @not_matching
// CHECK: "tfl.custom"(%0, %1, %0) {custom_code = "TFLite_Detection_PostProcess"
// CHECK-NEXT: "tfl.custom"(%0, %1, %0) {custom_code = "TFLite_Detection_PostProcess_v2"
// CHECK-NEXT: "tfl.custom"(%0, %1, %0, %0) {custom_code = "TFLite_Detection_PostProcess"
// CHECK-NEXT: "tfl.custom"(%0, %2, %0) {custom_code = "TFLite_Detection_PostProcess"
func.func @not_matching(%arg0: tensor<1x9x4x!quant.uniform<i8:f32, 0.5>>, %arg1: tensor<1x9x2x!quant.uniform<i8:f32, 0.5>>, %arg2: tensor<1x9x2x!quant.uniform<i8:f32:2, {0.5, 0.25}>>) -> (tensor<1x5xi32>, tensor<1x5xf32>, tensor<1x5xf32>, tensor<1x5xf32>) {
  %0 = "tfl.dequantize"(%arg0) : (tensor<1x9x4x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x9x4xf32>
  %1 = "tfl.dequantize"(%arg1) : (tensor<1x9x2x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x9x2xf32>
  %2 = "tfl.dequantize"(%arg2) : (tensor<1x9x2x!quant.uniform<i8:f32:2, {0.5, 0.25}>>) -> tensor<1x9x2xf32>
  %3:4 = "tfl.custom"(%0, %1, %0) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x9x4xf32>, tensor<1x9x2xf32>, tensor<1x9x4xf32>) -> (tensor<1x5x4xi32>, tensor<1x5xi32>, tensor<1x5xi32>, tensor<1xi32>)
  %4:4 = "tfl.custom"(%0, %1, %0) {custom_code = "TFLite_Detection_PostProcess_v2", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x9x4xf32>, tensor<1x9x2xf32>, tensor<1x9x4xf32>) -> (tensor<1x5x4xi32>, tensor<1x5xi32>, tensor<1x5xf32>, tensor<1xi32>)
  %5:4 = "tfl.custom"(%0, %1, %0, %0) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x9x4xf32>, tensor<1x9x2xf32>, tensor<1x9x4xf32>, tensor<1x9x4xf32>) -> (tensor<1x5x4xi32>, tensor<1x5xi32>, tensor<1x5xf32>, tensor<1xi32>)
  %6:4 = "tfl.custom"(%0, %2, %0) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x9x4xf32>, tensor<1x9x2xf32>, tensor<1x9x4xf32>) -> (tensor<1x5x4xi32>, tensor<1x5xi32>, tensor<1x5xf32>, tensor<1xi32>)
  return %3#2, %4#2, %5#2, %6#2 : tensor<1x5xi32>, tensor<1x5xf32>, tensor<1x5xf32>, tensor<1x5xf32>
}

// -----

// Not rewritten: unranked outputs (LCE would crash reading their shapes).
// CHECK-LABEL: func.func @unranked_outputs
// CHECK: "tfl.custom"(%0, %0, %0)
func.func @unranked_outputs(%arg0: tensor<2x4x!quant.uniform<i8:f32, 0.5>>) -> tensor<*xf32> {
  %0 = "tfl.dequantize"(%arg0) : (tensor<2x4x!quant.uniform<i8:f32, 0.5>>) -> tensor<2x4xf32>
  %1:4 = "tfl.custom"(%0, %0, %0) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x">} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> (tensor<*xi32>, tensor<*xi32>, tensor<*xf32>, tensor<*xi32>)
  return %1#2 : tensor<*xf32>
}
