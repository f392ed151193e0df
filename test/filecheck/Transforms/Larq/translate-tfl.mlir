// RUN: lce-opt %s -lce-translate-tfl -verify-diagnostics --split-input-file | FileCheck %s

// tfl.custom ops with LCE's codes become lq ops; their options are read by key, whatever the
// key insertion order, integer kind or extra keys. Option bytes were produced by
// Inputs/lce_options_hex.py (bconv/map modes), independently of the compiler.

// CHECK-LABEL: func.func @bconv
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 4 : i32}> : (tensor<1x12x12x2xi32>, tensor<7x3x3x2xi32>, none, none, tensor<7xi32>) -> tensor<1x4x3x1xi32>
// CHECK-NEXT: return %0
func.func @bconv(%arg0: tensor<1x12x12x2xi32>, %arg1: tensor<7x3x3x2xi32>, %arg2: none, %arg3: tensor<7xi32>) -> tensor<1x4x3x1xi32> {
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg3) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010821020203010003040404040404040404102401">} : (tensor<1x12x12x2xi32>, tensor<7x3x3x2xi32>, none, none, tensor<7xi32>) -> tensor<1x4x3x1xi32>
  return %0 : tensor<1x4x3x1xi32>
}

// -----

// Keys inserted in sorted order (a different byte layout than LCE writes), values stored as
// INT, as UINT, or next to keys LCE does not know (ignored).
// CHECK-LABEL: func.func @bmaxpool_layouts
// CHECK-NEXT: %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 2 : i32, filter_width = 3 : i32, padding = "VALID", stride_height = 2 : i32, stride_width = 1 : i32}> : (tensor<1x8x8x1xi32>) -> tensor<1x4x6x1xi32>
// CHECK-NEXT: %1 = "lq.BMaxPool2d"(%0) <{filter_height = 2 : i32, filter_width = 3 : i32, padding = "VALID", stride_height = 2 : i32, stride_width = 1 : i32}> : (tensor<1x4x6x1xi32>) -> tensor<1x2x4x1xi32>
// CHECK-NEXT: %2 = "lq.BMaxPool2d"(%1) <{filter_height = 2 : i32, filter_width = 2 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x2x4x1xi32>) -> tensor<1x2x4x1xi32>
// CHECK-NEXT: return %2
func.func @bmaxpool_layouts(%arg0: tensor<1x8x8x1xi32>) -> tensor<1x2x4x1xi32> {
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x66696C7465725F6865696768740066696C7465725F77696474680070616464696E67007374726964655F686569676874007374726964655F776964746800053F32261F12050105020301020104040404040A2401">} : (tensor<1x8x8x1xi32>) -> tensor<1x4x6x1xi32>
  %1 = "tfl.custom"(%0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x66696C7465725F6865696768740066696C7465725F77696474680070616464696E67007374726964655F686569676874007374726964655F776964746800053F32261F12050105020301020108080808080A2401">} : (tensor<1x4x6x1xi32>) -> tensor<1x2x4x1xi32>
  %2 = "tfl.custom"(%1) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F77696474680066696C7465725F686569676874007A7A7A5F6578747261006161610007051E2C503C4A15070000000100000007000000A08601000200000002000000000000000100000001000000FBFFFFFF06060606060606232601">} : (tensor<1x2x4x1xi32>) -> tensor<1x2x4x1xi32>
  return %2 : tensor<1x2x4x1xi32>
}

// -----

// Quantize and Dequantize take no options; like LCE, whatever bytes they carry are ignored.
// CHECK-LABEL: func.func @quantize_dequantize
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<2x3x100xf32>) -> tensor<2x3x4xi32>
// CHECK-NEXT: %1 = "lq.Dequantize"(%0) : (tensor<2x3x4xi32>) -> tensor<2x3x100x!quant.uniform<i8:f32, 1.000000e-01>>
// CHECK-NEXT: return %1
func.func @quantize_dequantize(%arg0: tensor<2x3x100xf32>) -> tensor<2x3x100x!quant.uniform<i8:f32, 0.1>> {
  %0 = "tfl.custom"(%arg0) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0xDEADBEEF">} : (tensor<2x3x100xf32>) -> tensor<2x3x4xi32>
  %1 = "tfl.custom"(%0) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<2x3x4xi32>) -> tensor<2x3x100x!quant.uniform<i8:f32, 0.1>>
  return %1 : tensor<2x3x100x!quant.uniform<i8:f32, 0.1>>
}

// -----

// Other custom codes are left alone, even with bytes that are not options, and even when the
// code merely resembles LCE's.
// CHECK-LABEL: func.func @other_codes
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "LceBconv3d", custom_option = #tfl<const_bytes : "0x00">} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %1 = "tfl.custom"(%0) {custom_code = "lcebconv2d", custom_option = #tfl<const_bytes : "0x">} : (tensor<4xf32>) -> tensor<4xf32>
// CHECK-NEXT: %2:2 = "tfl.custom"(%1, %1) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0xFF">} : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi32>)
// CHECK-NEXT: return %2#0
func.func @other_codes(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBconv3d", custom_option = #tfl<const_bytes : "0x00">} : (tensor<4xf32>) -> tensor<4xf32>
  %1 = "tfl.custom"(%0) {custom_code = "lcebconv2d", custom_option = #tfl<const_bytes : "0x">} : (tensor<4xf32>) -> tensor<4xf32>
  %2:2 = "tfl.custom"(%1, %1) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0xFF">} : (tensor<4xf32>, tensor<4xf32>) -> (tensor<4xf32>, tensor<4xi32>)
  return %2#0 : tensor<4xf32>
}
