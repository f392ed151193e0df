// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @tanh(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %m: tensor<8xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op fused activation 'TANH' is not supported by binary convolutions (expected NONE, RELU, RELU_N1_TO_1 or RELU6)}}
  %0 = "lq.Bconv2d"(%in, %f, %m, %m, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "TANH", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @sign_bit(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{fused activation 'SIGN_BIT' is not supported}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "SIGN_BIT", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @unknown_activation(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op attribute 'fused_activation_function' failed to satisfy constraint: string attribute whose value is NONE, or RELU, or RELU_N1_TO_1, or RELU6, or TANH, or SIGN_BIT}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "GELU", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @pad_values(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op 'pad_values' must be 0 (pad with zeros) or 1 (pad with ones), but is 2}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 2 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @zero_stride(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op 'stride_width' must be positive, but is 0}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 0 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @input_words(%in: tensor<1x4x4x2xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op input has 2 channel words, but channels_in = 3 needs 1}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x2xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @group_not_dividing(%in: tensor<1x4x4x4xi32>, %f: tensor<8x1x1x48xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op filter has 48 input channels per group, which does not divide the 128 input channels}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 128 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x4xi32>, tensor<8x1x1x48xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @group_not_multiple_of_32(%in: tensor<1x4x4x2xi32>, %f: tensor<8x1x1x16xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op grouped binary convolution needs a multiple of 32 input channels per group, but has 16}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 64 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x2xi32>, tensor<8x1x1x16xf32>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @output_channels(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x9xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op output has 9 channels, but the filter has 8 output channels}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x9xf32>
  return %0 : tensor<1x4x4x9xf32>
}

// -----

func.func @packed_output_words(%in: tensor<1x4x4x1xi32>, %f: tensor<33x1x1x3xf32>, %t: tensor<33xi32>, %none: none) -> tensor<1x4x4x1xi32> {
  // expected-error @+1 {{'lq.Bconv2d' op output has 1 channel words, but the filter has 33 output channels (2 words when bitpacked)}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %t) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<33x1x1x3xf32>, none, none, tensor<33xi32>) -> tensor<1x4x4x1xi32>
  return %0 : tensor<1x4x4x1xi32>
}

// -----

func.func @multiplier_size(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %m: tensor<7xf32>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op 'post_activation_multiplier' has 7 values, but there are 8 output channels}}
  %0 = "lq.Bconv2d"(%in, %f, %m, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, tensor<7xf32>, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @f64_filter(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf64>, %none: none) -> tensor<1x4x4x8xf32> {
  // expected-error @+1 {{'lq.Bconv2d' op operand #1 must be tensor of 32-bit float or 32-bit signless integer values, but got 'tensor<8x1x1x3xf64>'}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf64>, none, none, none) -> tensor<1x4x4x8xf32>
  return %0 : tensor<1x4x4x8xf32>
}

// -----

func.func @quantize_words(%x: tensor<2x65xf32>) -> tensor<2x2xi32> {
  // expected-error @+1 {{'lq.Quantize' op result type 'tensor<2x2xi32>' is not the bitpacked form of the operand type 'tensor<2x65xf32>'}}
  %0 = "lq.Quantize"(%x) : (tensor<2x65xf32>) -> tensor<2x2xi32>
  return %0 : tensor<2x2xi32>
}

// -----

func.func @quantize_scalar(%x: tensor<f32>) -> tensor<i32> {
  // expected-error @+1 {{'lq.Quantize' op result type 'tensor<i32>' is not the bitpacked form}}
  %0 = "lq.Quantize"(%x) : (tensor<f32>) -> tensor<i32>
  return %0 : tensor<i32>
}

// -----

func.func @dequantize_leading(%x: tensor<3x1xi32>) -> tensor<2x32xf32> {
  // expected-error @+1 {{'lq.Dequantize' op operand type 'tensor<3x1xi32>' is not the bitpacked form of the result type 'tensor<2x32xf32>'}}
  %0 = "lq.Dequantize"(%x) : (tensor<3x1xi32>) -> tensor<2x32xf32>
  return %0 : tensor<2x32xf32>
}

// -----

func.func @dequantize_to_i8(%x: tensor<3x1xi32>) -> tensor<3x32xi8> {
  // expected-error @+1 {{'lq.Dequantize' op result #0 must be tensor of bfloat16 type or 16-bit float or 32-bit float or 64-bit float or 32-bit signless integer or 64-bit signless integer or QI8 type or QI16 type or 1-bit signless integer values, but got 'tensor<3x32xi8>'}}
  %0 = "lq.Dequantize"(%x) : (tensor<3x1xi32>) -> tensor<3x32xi8>
  return %0 : tensor<3x32xi8>
}

// -----

func.func @pool_words(%x: tensor<1x4x4x3xi32>) -> tensor<1x2x2x2xi32> {
  // expected-error @+1 {{'lq.BMaxPool2d' op output has 2 channel words, but the input has 3}}
  %0 = "lq.BMaxPool2d"(%x) {filter_height = 2 : i32, filter_width = 2 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32} : (tensor<1x4x4x3xi32>) -> tensor<1x2x2x2xi32>
  return %0 : tensor<1x2x2x2xi32>
}

// -----

func.func @pool_filter(%x: tensor<1x4x4x3xi32>) -> tensor<1x2x2x3xi32> {
  // expected-error @+1 {{'lq.BMaxPool2d' op 'filter_height' must be positive, but is 0}}
  %0 = "lq.BMaxPool2d"(%x) {filter_height = 0 : i32, filter_width = 2 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32} : (tensor<1x4x4x3xi32>) -> tensor<1x2x2x3xi32>
  return %0 : tensor<1x2x2x3xi32>
}

// -----

func.func @pool_padding(%x: tensor<1x4x4x3xi32>) -> tensor<1x2x2x3xi32> {
  // expected-error @+1 {{'lq.BMaxPool2d' op attribute 'padding' failed to satisfy constraint: string attribute whose value is SAME, or VALID}}
  %0 = "lq.BMaxPool2d"(%x) {filter_height = 2 : i32, filter_width = 2 : i32, padding = "EXPLICIT", stride_height = 2 : i32, stride_width = 2 : i32} : (tensor<1x4x4x3xi32>) -> tensor<1x2x2x3xi32>
  return %0 : tensor<1x2x2x3xi32>
}

// -----

func.func @i16_output(%in: tensor<1x4x4x1xi32>, %f: tensor<8x1x1x3xf32>, %none: none) -> tensor<1x4x4x8x!quant.uniform<i16:f32, 0.5>> {
  // expected-error @+1 {{'lq.Bconv2d' op result #0 must be tensor of 32-bit float or 32-bit signless integer or QI8 type values, but got 'tensor<1x4x4x8x!quant.uniform<i16:f32, 5.000000e-01>>'}}
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %none) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<8x1x1x3xf32>, none, none, none) -> tensor<1x4x4x8x!quant.uniform<i16:f32, 0.5>>
  return %0 : tensor<1x4x4x8x!quant.uniform<i16:f32, 0.5>>
}
