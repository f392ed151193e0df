// RUN: lce-opt %s -tfl-legalize-lce -verify-diagnostics --split-input-file | FileCheck %s

// lq ops become tfl.custom ops with code Lce<Op>, the same operands (none included) and result
// types, and LCE's FlexBuffers options. The expected option bytes were derived independently
// of the compiler by Inputs/lce_options_hex.py (an encoder written from lce-spec §5):
//   bconv CIN DH DW ACT PADV PAD SH SW, bmaxpool PAD SW SH FW FH (ACT: NONE 0, RELU 1,
//   RELU_N1_TO_1 2, RELU6 3; PAD: SAME 0, VALID 1).

// channels_in = 256 does not fit in a signed byte, so the map's values are 16-bit (type bytes
// 05, root 18 25 01). RELU, same-one padding, stride 2x1, dilation 1x2.
// CHECK-LABEL: func.func @bconv_16bit_values
// CHECK-NEXT: %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg3, %arg4) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C33292215080001000800000101000200010001000000020001000505050505050505182501">} : (tensor<1x16x16x8xi32>, tensor<32x3x3x256xf32>, tensor<32xf32>, tensor<32xf32>, none) -> tensor<1x8x16x32xf32>
// CHECK-NEXT: return %0
func.func @bconv_16bit_values(%arg0: tensor<1x16x16x8xi32>, %arg1: tensor<32x3x3x256xf32>, %arg2: tensor<32xf32>, %arg3: tensor<32xf32>, %arg4: none) -> tensor<1x8x16x32xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 256 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 1 : i32}> : (tensor<1x16x16x8xi32>, tensor<32x3x3x256xf32>, tensor<32xf32>, tensor<32xf32>, none) -> tensor<1x8x16x32xf32>
  return %0 : tensor<1x8x16x32xf32>
}

// -----

// channels_in = 40000 needs 32-bit values: two alignment bytes, then a 4-byte-wide map (type
// bytes 06, root 28 26 01). A bitpacked filter, no multiplier/bias and bitpacked output with
// thresholds are passed through as operands.
// CHECK-LABEL: func.func @bconv_32bit_values
// CHECK-NEXT: %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg3) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221500000A0000000100000008000000409C0000010000000100000003000000000000000100000001000000010000000606060606060606282601">} : (tensor<1x4x4x1250xi32>, tensor<16x1x1x1250xi32>, none, none, tensor<16xi32>) -> tensor<1x4x4x1xi32>
func.func @bconv_32bit_values(%arg0: tensor<1x4x4x1250xi32>, %arg1: tensor<16x1x1x1250xi32>, %arg2: none, %arg3: tensor<16xi32>) -> tensor<1x4x4x1xi32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 40000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1250xi32>, tensor<16x1x1x1250xi32>, none, none, tensor<16xi32>) -> tensor<1x4x4x1xi32>
  return %0 : tensor<1x4x4x1xi32>
}

// -----

// 127 still fits in 8 bits, 128 does not: a stride of 128 alone makes the map 16-bit.
// CHECK-LABEL: func.func @bconv_stride_128
// CHECK-NEXT: "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg3) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508000100080040000100010002000000010080007F000505050505050505182501">}
func.func @bconv_stride_128(%arg0: tensor<1x256x256x2xi32>, %arg1: tensor<8x1x1x64xf32>, %arg2: tensor<8xf32>, %arg3: none) -> tensor<1x2x3x8xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "VALID", stride_height = 128 : i32, stride_width = 127 : i32} : (tensor<1x256x256x2xi32>, tensor<8x1x1x64xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x2x3x8xf32>
  return %0 : tensor<1x2x3x8xf32>
}

// -----

// A defaulted pad_values is written as 0, like an explicit one.
// CHECK-LABEL: func.func @bconv_default_pad_values
// CHECK-NEXT: "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg3) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010860010100000101010404040404040404102401">}
func.func @bconv_default_pad_values(%arg0: tensor<2x3x3x3xi32>, %arg1: tensor<4x3x3x96xf32>, %arg2: tensor<4xf32>, %arg3: none) -> tensor<2x1x1x4xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 96 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<2x3x3x3xi32>, tensor<4x3x3x96xf32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<2x1x1x4xf32>
  return %0 : tensor<2x1x1x4xf32>
}

// -----

// BMaxPool2d: keys are inserted padding, stride_width, stride_height, filter_width,
// filter_height, and the map is sorted (filter_height first). A 300-wide filter makes it 16-bit.
// CHECK-LABEL: func.func @bmaxpool
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F77696474680066696C7465725F68656967687400050F1D412D3B05000100050003002C0101000100010005050505050F2501">} : (tensor<1x3x300x2xi32>) -> tensor<1x1x1x2xi32>
// CHECK-NEXT: %1 = "tfl.custom"(%arg1) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F77696474680066696C7465725F68656967687400050F1D412D3B050105030300030304040404040A2401">} : (tensor<2x9x9x5xi32>) -> tensor<2x3x3x5xi32>
// CHECK-NEXT: return %0, %1
func.func @bmaxpool(%arg0: tensor<1x3x300x2xi32>, %arg1: tensor<2x9x9x5xi32>) -> (tensor<1x1x1x2xi32>, tensor<2x3x3x5xi32>) {
  %0 = "lq.BMaxPool2d"(%arg0) {filter_height = 3 : i32, filter_width = 300 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x3x300x2xi32>) -> tensor<1x1x1x2xi32>
  %1 = "lq.BMaxPool2d"(%arg1) {filter_height = 3 : i32, filter_width = 3 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 3 : i32} : (tensor<2x9x9x5xi32>) -> tensor<2x3x3x5xi32>
  return %0, %1 : tensor<1x1x1x2xi32>, tensor<2x3x3x5xi32>
}

// -----

// Quantize and Dequantize have empty options, whatever their element types and ranks.
// CHECK-LABEL: func.func @quantize_dequantize
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x7x70xi1>) -> tensor<1x7x3xi32>
// CHECK-NEXT: %1 = "tfl.custom"(%arg1) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<4x33x!quant.uniform<i8:f32, 5.000000e-01:-3>>) -> tensor<4x2xi32>
// CHECK-NEXT: %2 = "tfl.custom"(%1) {custom_code = "LceDequantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<4x2xi32>) -> tensor<4x33x!quant.uniform<i8:f32, 5.000000e-01:-3>>
// CHECK-NEXT: %3 = "tfl.custom"(%arg2) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<*xf32>) -> tensor<*xi32>
// CHECK-NEXT: return %0, %2, %3
func.func @quantize_dequantize(%arg0: tensor<1x7x70xi1>, %arg1: tensor<4x33x!quant.uniform<i8:f32, 0.5:-3>>, %arg2: tensor<*xf32>) -> (tensor<1x7x3xi32>, tensor<4x33x!quant.uniform<i8:f32, 0.5:-3>>, tensor<*xi32>) {
  %0 = "lq.Quantize"(%arg0) : (tensor<1x7x70xi1>) -> tensor<1x7x3xi32>
  %1 = "lq.Quantize"(%arg1) : (tensor<4x33x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<4x2xi32>
  %2 = "lq.Dequantize"(%1) : (tensor<4x2xi32>) -> tensor<4x33x!quant.uniform<i8:f32, 0.5:-3>>
  %3 = "lq.Quantize"(%arg2) : (tensor<*xf32>) -> tensor<*xi32>
  return %0, %2, %3 : tensor<1x7x3xi32>, tensor<4x33x!quant.uniform<i8:f32, 0.5:-3>>, tensor<*xi32>
}

// -----

// A whole binary block: every lq op is legalized in place; other ops and other custom ops stay.
// CHECK-LABEL: func.func @block
// CHECK-NEXT: %0 = "tfl.custom"(%arg0) {custom_code = "LceQuantize"
// CHECK-NEXT: %1 = "tfl.custom"(%0) {custom_code = "LceBMaxPool2d"
// CHECK-NEXT: %2 = "tfl.custom"(%1, %arg1, %arg2, %arg2, %arg3) {custom_code = "LceBconv2d"
// CHECK-NEXT: %3 = "tfl.custom"(%2) {custom_code = "LceDequantize"
// CHECK-NEXT: %4 = "tfl.relu"(%3)
// CHECK-NEXT: %5 = "tfl.custom"(%4) {custom_code = "MyOp", custom_option = #tfl<const_bytes : "0x0102">}
// CHECK-NEXT: return %5
func.func @block(%arg0: tensor<1x8x8x40xf32>, %arg1: tensor<40x3x3x40xf32>, %arg2: tensor<40xf32>, %arg3: none) -> tensor<1x2x2x40xf32> {
  %0 = "lq.Quantize"(%arg0) : (tensor<1x8x8x40xf32>) -> tensor<1x8x8x2xi32>
  %1 = "lq.BMaxPool2d"(%0) {filter_height = 2 : i32, filter_width = 2 : i32, padding = "VALID", stride_height = 2 : i32, stride_width = 2 : i32} : (tensor<1x8x8x2xi32>) -> tensor<1x4x4x2xi32>
  %2 = "lq.Bconv2d"(%1, %arg1, %arg2, %arg2, %arg3) {channels_in = 40 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x2xi32>, tensor<40x3x3x40xf32>, tensor<40xf32>, tensor<40xf32>, none) -> tensor<1x2x2x2xi32>
  %3 = "lq.Dequantize"(%2) : (tensor<1x2x2x2xi32>) -> tensor<1x2x2x40xf32>
  %4 = "tfl.relu"(%3) : (tensor<1x2x2x40xf32>) -> tensor<1x2x2x40xf32>
  %5 = "tfl.custom"(%4) {custom_code = "MyOp", custom_option = #tfl<const_bytes : "0x0102">} : (tensor<1x2x2x40xf32>) -> tensor<1x2x2x40xf32>
  return %5 : tensor<1x2x2x40xf32>
}
