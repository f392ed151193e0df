// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @expressed_mismatch(%arg0: f64) {
  // expected-error@+1 {{expressed type in quantized type expected to match float type}}
  %0 = quant.qcast %arg0 : f64 to !quant.uniform<i8:f32, 2.0:10>
  return
}

// -----

func.func @scalar_per_axis(%arg0: f32) {
  // expected-error@+1 {{scalar types may not use per-axis quantization}}
  %0 = quant.qcast %arg0 : f32 to !quant.uniform<i8:f32:0, {2.0:10}>
  return
}

// -----

func.func @axis_out_of_rank(%arg0: tensor<2xf32>) {
  // expected-error@+1 {{quantized dimension must be less than tensor rank}}
  %0 = quant.qcast %arg0 : tensor<2xf32> to tensor<2x!quant.uniform<i8:f32:1, {2.0:10}>>
  return
}

// -----

func.func @scale_count(%arg0: tensor<2x!quant.uniform<i8:f32:0, {2.0:10}>>) {
  // expected-error@+1 {{quantized dimension size does not match number of scales}}
  %0 = quant.dcast %arg0 : tensor<2x!quant.uniform<i8:f32:0, {2.0:10}>> to tensor<2xf32>
  return
}

// -----

func.func @shape_mismatch(%arg0: tensor<2xf32>) {
  // expected-error@+1 {{'quant.qcast' op failed to verify that input and result are both scalars or both tensors with matching shape}}
  %0 = quant.qcast %arg0 : tensor<2xf32> to tensor<3x!quant.uniform<i8:f32, 2.0:10>>
  return
}

// -----

func.func @not_float(%arg0: i8) {
  // expected-error@+1 {{'quant.qcast' op operand #0 must be scalar or tensor of floating-point, but got 'i8'}}
  %0 = quant.qcast %arg0 : i8 to !quant.uniform<i8:f32, 2.0:10>
  return
}

// -----

func.func @not_quantized(%arg0: f32) {
  // expected-error@+1 {{'quant.qcast' op result #0 must be scalar or tensor of quantized type, but got 'f32'}}
  %0 = quant.qcast %arg0 : f32 to f32
  return
}

// -----

func.func @storage_mismatch(%arg0: !quant.uniform<i8:f32, 2.0:10>) {
  // expected-error@+1 {{storage type in quantized type expected to match integer type}}
  %0 = quant.scast %arg0 : !quant.uniform<i8:f32, 2.0:10> to i16
  return
}

// -----

func.func @two_integers(%arg0: i8) {
  // expected-error@+1 {{'quant.scast' op failed to verify that input must be integer and result must be quantized, or vice versa}}
  %0 = quant.scast %arg0 : i8 to i8
  return
}

// -----

func.func @signed_integer(%arg0: si8) {
  // expected-error@+1 {{'quant.scast' op operand #0 must be scalar or tensor of signless integer or quantized type, but got 'si8'}}
  %0 = quant.scast %arg0 : si8 to !quant.uniform<i8:f32, 2.0:10>
  return
}

// -----

func.func @block_divides(%arg0: tensor<2x3xf32>) {
  // expected-error@+1 {{tensor dimension size 3 at axis 1 must be divisible by the corresponding block size 2}}
  %0 = quant.qcast %arg0 : tensor<2x3xf32> to tensor<2x3x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}}>>
  return
}

// -----

func.func @scales_shape(%arg0: tensor<2x4xf32>) {
  // expected-error@+1 {{dimension size 1 of scales tensor at axis 0 should match (tensor dimension at axis / block sizes at axis) = 1}}
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}, {3.0, 4.0}}>>
  return
}

// -----

func.func @block_axis(%arg0: tensor<2x4xf32>) {
  // expected-error@+1 {{quantized dimension 2 must be less than tensor rank 2}}
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{2:1}, {{1.0, 2.0}, {3.0, 4.0}}>>
  return
}

// -----

func.func @unranked_sub_channel(%arg0: tensor<*xf32>) {
  // expected-error@+1 {{tensor containing the sub-channel quantized type must be ranked}}
  %0 = quant.qcast %arg0 : tensor<*xf32> to tensor<*x!quant.uniform<i8:f32:{0:1}, {1.0}>>
  return
}

// -----

func.func @zero_dim(%arg0: tensor<0x4xf32>) {
  // expected-error@+1 {{tensor dimension size of zero is not allowed with sub-channel quantization}}
  %0 = quant.qcast %arg0 : tensor<0x4xf32> to tensor<0x4x!quant.uniform<i8:f32:{1:2}, {{1.0, 2.0}}>>
  return
}

// -----

func.func @scales_rank(%arg0: tensor<2x4xf32>) {
  // expected-error@+1 {{Rank of scales 1 must match the rank of the tensor 2}}
  %0 = quant.qcast %arg0 : tensor<2x4xf32> to tensor<2x4x!quant.uniform<i8:f32:{1:2}, {1.0, 2.0}>>
  return
}

// -----

func.func @no_expressed_type(%arg0: f32) {
  // expected-error@+1 {{expressed type in quantized type expected to match float type}}
  %0 = quant.qcast %arg0 : f32 to !quant.any<i8>
  return
}
