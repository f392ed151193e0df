// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @comparison_operand(%b: tensor<2xi1>) {
  // expected-error@+1 {{'tf.Less' op operand #0 must be tensor of integer or floating-point values, but got 'tensor<2xi1>'}}
  %0 = "tf.Less"(%b, %b) : (tensor<2xi1>, tensor<2xi1>) -> tensor<2xi1>
  return
}

// -----

func.func @comparison_result(%x: tensor<2xf32>) {
  // expected-error@+1 {{'tf.GreaterEqual' op result #0 must be tensor of bool values, but got 'tensor<2xf32>'}}
  %0 = "tf.GreaterEqual"(%x, %x) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @comparison_broadcast(%x: tensor<2xf32>, %y: tensor<3xf32>) {
  // expected-error@+1 {{'tf.LessEqual' op operands don't have broadcast-compatible shapes}}
  %0 = "tf.LessEqual"(%x, %y) : (tensor<2xf32>, tensor<3xf32>) -> tensor<3xi1>
  return
}

// -----

func.func @tanh_type(%x: tensor<2xi32>) {
  // expected-error@+1 {{'tf.Tanh' op operand #0 must be tensor of floating-point or complex values, but got 'tensor<2xi32>'}}
  %0 = "tf.Tanh"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @avg_pool_padding(%x: tensor<1x4x4x1xf32>) {
  // expected-error@+1 {{'tf.AvgPool' op attribute 'padding' failed to satisfy constraint: string attribute whose value is SAME, or VALID}}
  %0 = "tf.AvgPool"(%x) {ksize = [1, 2, 2, 1], padding = "EXPLICIT", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>) -> tensor<1x3x3x1xf32>
  return
}

// -----

func.func @avg_pool_ksize(%x: tensor<1x4x4x1xf32>) {
  // expected-error@+1 {{'tf.AvgPool' op attribute 'ksize' failed to satisfy constraint: 64-bit integer array attribute with at least 4 elements}}
  %0 = "tf.AvgPool"(%x) {ksize = [2, 2], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x1xf32>) -> tensor<1x3x3x1xf32>
  return
}

// -----

func.func @concat_axis(%x: tensor<2xf32>, %a: tensor<1x1xi32>) {
  // expected-error@+1 {{'tf.ConcatV2' op requires axis to be of scalar type (or vector type for older versions)}}
  %0 = "tf.ConcatV2"(%x, %x, %a) : (tensor<2xf32>, tensor<2xf32>, tensor<1x1xi32>) -> tensor<4xf32>
  return
}

// -----

func.func @concat_rank(%x: tensor<2xf32>, %y: tensor<2x2xf32>, %a: tensor<i32>) {
  // expected-error@+1 {{operand type tensor<2x2xf32> is not compatible with preceding operands; expected rank: 1}}
  %0 = "tf.ConcatV2"(%x, %y, %a) : (tensor<2xf32>, tensor<2x2xf32>, tensor<i32>) -> tensor<4xf32>
  return
}

// -----

func.func @concat_dims(%x: tensor<2x3x4xf32>, %y: tensor<2x5x6xf32>, %a: tensor<i32>) {
  // expected-error@+1 {{operand type tensor<2x5x6xf32> is not compatible with preceding operands; expected dimension at index 2: 4}}
  %0 = "tf.ConcatV2"(%x, %y, %a) : (tensor<2x3x4xf32>, tensor<2x5x6xf32>, tensor<i32>) -> tensor<?x?x?xf32>
  return
}

// -----

func.func @cast_shape(%x: tensor<2xi32>) {
  // expected-error@+1 {{'tf.Cast' op requires the same shape for all operands and results}}
  %0 = "tf.Cast"(%x) : (tensor<2xi32>) -> tensor<3xf32>
  return
}
