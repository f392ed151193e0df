// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @const_without_value() {
  // expected-error@+1 {{'tf.Const' op requires attribute 'value'}}
  %0 = "tf.Const"() : () -> tensor<i32>
  return
}

// -----

func.func @const_type() {
  // expected-error@+2 {{'tf.Const' op inferred type(s) 'tensor<2xi32>' are incompatible with return type(s) of operation 'tensor<3xi32>'}}
  // expected-error@+1 {{'tf.Const' op failed to infer returned types}}
  %0 = "tf.Const"() {value = dense<[1, 2]> : tensor<2xi32>} : () -> tensor<3xi32>
  return
}

// -----

func.func @conv_padding(%x: tensor<1x4x4x2xf32>, %f: tensor<1x1x2x2xf32>) {
  // expected-error@+1 {{'tf.Conv2D' op attribute 'padding' failed to satisfy constraint: string attribute whose value is SAME, or VALID, or EXPLICIT}}
  %0 = "tf.Conv2D"(%x, %f) {padding = "FULL", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @conv_format(%x: tensor<1x4x4x2xf32>, %f: tensor<1x1x2x2xf32>) {
  // expected-error@+1 {{'tf.Conv2D' op attribute 'data_format' failed to satisfy constraint: 'NHWC' or 'NCHW' convnet data format}}
  %0 = "tf.Conv2D"(%x, %f) {data_format = "HWCN", padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @conv_rank(%x: tensor<4x4x2xf32>, %f: tensor<1x1x2x2xf32>) {
  // expected-error@+1 {{requires operands to be 4D tensor}}
  %0 = "tf.Conv2D"(%x, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<4x4x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @conv_explicit(%x: tensor<1x4x4x2xf32>, %f: tensor<1x1x2x2xf32>) {
  // expected-error@+1 {{requires attribute 'explicit_paddings' with 'EXPLICIT' padding mode}}
  %0 = "tf.Conv2D"(%x, %f) {padding = "EXPLICIT", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @conv_strides(%x: tensor<1x4x4x2xf32>, %f: tensor<1x1x2x2xf32>) {
  // expected-error@+1 {{requires strides attribute length to be 4}}
  %0 = "tf.Conv2D"(%x, %f) {padding = "SAME", strides = [1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<1x1x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @conv_channels(%x: tensor<1x4x4x3xf32>, %f: tensor<1x1x2x2xf32>) {
  // expected-error@+1 {{'tf.Conv2D' op requires the number of input channels to be divisible by the number of filter input channels; found 3 and 2, respectively}}
  %0 = "tf.Conv2D"(%x, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x4x4x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @conv_result(%x: tensor<1x4x4x2xf32>, %f: tensor<3x3x2x2xf32>) {
  // expected-error@+2 {{'tf.Conv2D' op inferred type(s) 'tensor<1x2x2x2xf32>' are incompatible with return type(s) of operation 'tensor<1x4x4x2xf32>'}}
  // expected-error@+1 {{'tf.Conv2D' op failed to infer returned types}}
  %0 = "tf.Conv2D"(%x, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<3x3x2x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

func.func @select_shapes(%c: tensor<2xi1>, %t: tensor<2x3xf32>, %e: tensor<2x4xf32>) {
  // expected-error@+1 {{'tf.Select' op requires t and e have compatible shapes}}
  %0 = "tf.Select"(%c, %t, %e) : (tensor<2xi1>, tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @select_vector(%c: tensor<3xi1>, %t: tensor<2x3xf32>) {
  // expected-error@+1 {{'tf.Select' op requires that, when pred is a vector, the shape matches the first dimension of t and e}}
  %0 = "tf.Select"(%c, %t, %t) : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @select_rank(%c: tensor<2x3x1xi1>, %t: tensor<2xf32>) {
  // expected-error@+1 {{'tf.Select' op requires that pred is a scalar OR has the same rank as t and e OR is a vector}}
  %0 = "tf.Select"(%c, %t, %t) : (tensor<2x3x1xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @shape_rank(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tf.Shape' op requires dimension size of result to match rank of operand}}
  %0 = "tf.Shape"(%x) : (tensor<2x3xf32>) -> tensor<3xi32>
  return
}

// -----

func.func @shape_element(%x: tensor<2x3xf32>) {
  // expected-error@+1 {{'tf.Shape' op result #0 must be tensor of 32/64-bit signed integer values, but got 'tensor<2xf32>'}}
  %0 = "tf.Shape"(%x) : (tensor<2x3xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @shape_unranked(%x: tensor<*xf32>) {
  // expected-warning@+1 {{has static shape result for unranked operand}}
  %0 = "tf.Shape"(%x) : (tensor<*xf32>) -> tensor<2xi32>
  return
}

// -----

func.func @transpose_perm_rank(%x: tensor<2x3xf32>, %p: tensor<2x1xi32>) {
  // expected-error@+1 {{'tf.Transpose' op expected perm to be a 1-D Tensor, got perm of rank 2}}
  %0 = "tf.Transpose"(%x, %p) : (tensor<2x3xf32>, tensor<2x1xi32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @transpose_dims(%x: tensor<2x3xf32>) {
  %p = "tf.Const"() {value = dense<[1, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
  // expected-error@+1 {{'tf.Transpose' op requires y.shape[0] (2) to be equal to x.shape[perm[1]] (3)}}
  %0 = "tf.Transpose"(%x, %p) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @transpose_range(%x: tensor<2x3xf32>) {
  %p = "tf.Const"() {value = dense<[2, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
  // expected-error@+1 {{'tf.Transpose' op perm[0]=2 must be in range [-2, 2)}}
  %0 = "tf.Transpose"(%x, %p) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  return
}

// -----

func.func @reshape_count(%x: tensor<2x3xf32>) {
  %s = "tf.Const"() {value = dense<[4, -1]> : tensor<2xi32>} : () -> tensor<2xi32>
  // expected-error@+1 {{'tf.Reshape' op requires 'tensor' number of elements be a multiple of 4, but got 6}}
  %0 = "tf.Reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<4x2xf32>
  return
}

// -----

func.func @reshape_type(%x: tensor<2x3xf32>) {
  %s = "tf.Const"() {value = dense<[3, 2]> : tensor<2xi32>} : () -> tensor<2xi32>
  // expected-error@+1 {{'tf.Reshape' op requires 'output' type 'tensor<2x3xf32>' to be cast compatible with expected type 'tensor<3x2xf32>'}}
  %0 = "tf.Reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @squeeze(%x: tensor<1x3xf32>) {
  // expected-error@+1 {{'tf.Squeeze' op squeeze dimension 2 not in [-2, 2)}}
  %0 = "tf.Squeeze"(%x) {squeeze_dims = [2]} : (tensor<1x3xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @space_to_batch(%x: tensor<1x4x4x1xf32>) {
  %b = "tf.Const"() {value = dense<[2, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
  %p = "tf.Const"() {value = dense<0> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
  // expected-error@+1 {{'tf.SpaceToBatchND' op requires all values of block_shape to be >= 1; failed for dimension 1}}
  %0 = "tf.SpaceToBatchND"(%x, %b, %p) : (tensor<1x4x4x1xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<*xf32>
  return
}

// -----

func.func @batch_to_space(%x: tensor<4x2x2x1xf32>, %b: tensor<2xi32>, %c: tensor<3x2xi32>) {
  // expected-error@+1 {{'tf.BatchToSpaceND' op crops should have shape [2, 2] instead of 3, 2}}
  %0 = "tf.BatchToSpaceND"(%x, %b, %c) : (tensor<4x2x2x1xf32>, tensor<2xi32>, tensor<3x2xi32>) -> tensor<*xf32>
  return
}

// -----

func.func @bias_add(%x: tensor<1x4x4x3xf32>, %b: tensor<2xf32>) {
  // expected-error@+1 {{'tf.BiasAdd' op requires channel dimension and feature dimension to match; found 3 and 2, respectively}}
  %0 = "tf.BiasAdd"(%x, %b) : (tensor<1x4x4x3xf32>, tensor<2xf32>) -> tensor<1x4x4x3xf32>
  return
}

// -----

func.func @softmax(%x: tensor<f32>) {
  // expected-error@+1 {{'tf.Softmax' op requires operand to have rank at least 1}}
  %0 = "tf.Softmax"(%x) : (tensor<f32>) -> tensor<f32>
  return
}

// -----

func.func @broadcast(%x: tensor<2x3xf32>, %y: tensor<4xf32>) {
  // expected-error@+1 {{'tf.AddV2' op operands don't have broadcast-compatible shapes}}
  %0 = "tf.AddV2"(%x, %y) : (tensor<2x3xf32>, tensor<4xf32>) -> tensor<2x3xf32>
  return
}

// -----

func.func @broadcast_result(%x: tensor<2x3xf32>, %y: tensor<3xf32>) {
  // expected-error@+1 {{'tf.Mul' op result type '2x4' not broadcast compatible with broadcasted operands's shapes '2x3'}}
  %0 = "tf.Mul"(%x, %y) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @element_types(%x: tensor<2xf32>, %y: tensor<2xf16>) {
  // expected-error@+1 {{'tf.Sub' op requires compatible element types for all operands and results}}
  %0 = "tf.Sub"(%x, %y) : (tensor<2xf32>, tensor<2xf16>) -> tensor<2xf32>
  return
}

// -----

func.func @unary_type(%x: tensor<2xf32>) {
  // expected-error@+2 {{'tf.Sign' op inferred type(s) 'tensor<2xf32>' are incompatible with return type(s) of operation 'tensor<3xf32>'}}
  // expected-error@+1 {{'tf.Sign' op failed to infer returned types}}
  %0 = "tf.Sign"(%x) : (tensor<2xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @identity(%x: tensor<2xf32>) {
  // expected-error@+1 {{requires all operands and results to have compatible element types}}
  %0 = "tf.Identity"(%x) : (tensor<2xf32>) -> tensor<2xf16>
  return
}

// -----

func.func @operand_type(%x: tensor<2xi32>) {
  // expected-error@+1 {{'tf.LogicalNot' op operand #0 must be tensor of bool values, but got 'tensor<2xi32>'}}
  %0 = "tf.LogicalNot"(%x) : (tensor<2xi32>) -> tensor<2xi32>
  return
}

// -----

func.func @check_numerics(%x: tensor<2xf32>) {
  // expected-error@+1 {{'tf.CheckNumerics' op requires attribute 'message'}}
  %0 = "tf.CheckNumerics"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  return
}
