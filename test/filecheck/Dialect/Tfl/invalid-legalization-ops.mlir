// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @greater_types(%x: tensor<2xf32>, %y: tensor<2xi32>) {
  // expected-error@+1 {{'tfl.greater' op failed to verify that comparison op operands have same element type}}
  %0 = "tfl.greater"(%x, %y) : (tensor<2xf32>, tensor<2xi32>) -> tensor<2xi1>
  return
}

// -----

func.func @select_value_types(%c: tensor<2xi1>, %x: tensor<2xf32>, %y: tensor<2xi32>) {
  // expected-error@+1 {{'tfl.select' op failed to verify that operands have same element type}}
  %0 = "tfl.select"(%c, %x, %y) : (tensor<2xi1>, tensor<2xf32>, tensor<2xi32>) -> tensor<2xf32>
  return
}

// -----

func.func @select_result_type(%c: tensor<2xi1>, %x: tensor<2xf32>) {
  // expected-error@+1 {{'tfl.select_v2' op failed to verify that operands and result have same element type}}
  %0 = "tfl.select_v2"(%c, %x, %x) : (tensor<2xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xi32>
  return
}

// -----

func.func @select_v2_broadcast(%c: tensor<3xi1>, %x: tensor<2xf32>) {
  // expected-error@+1 {{'tfl.select_v2' op operands don't have broadcast-compatible shapes}}
  %0 = "tfl.select_v2"(%c, %x, %x) : (tensor<3xi1>, tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  return
}

// -----

func.func @sign_shape(%x: tensor<2xf32>) {
  // expected-error@+1 {{'tfl.sign' op requires the same shape for all operands and results}}
  %0 = "tfl.sign"(%x) : (tensor<2xf32>) -> tensor<3xf32>
  return
}

// -----

func.func @sign_type(%x: tensor<2xf32>) {
  // expected-error@+1 {{'tfl.sign' op requires the same element type for all operands and results}}
  %0 = "tfl.sign"(%x) : (tensor<2xf32>) -> tensor<2xf64>
  return
}

// -----

func.func @broadcast_to_shape_rank(%x: tensor<2xf32>, %s: tensor<1x2xi32>) {
  // expected-error@+1 {{'tfl.broadcast_to' op failed to verify that operand 1 is 1-D}}
  %0 = "tfl.broadcast_to"(%x, %s) : (tensor<2xf32>, tensor<1x2xi32>) -> tensor<2x2xf32>
  return
}

// -----

func.func @broadcast_to_dims(%x: tensor<2xf32>, %s: tensor<9xi32>) {
  // expected-error@+1 {{'tfl.broadcast_to' op failed to verify that output dimension count must be at most 8}}
  %0 = "tfl.broadcast_to"(%x, %s) : (tensor<2xf32>, tensor<9xi32>) -> tensor<*xf32>
  return
}

// -----

func.func @cast_shape(%x: tensor<2xi32>) {
  // expected-error@+1 {{'tfl.cast' op requires the same shape for all operands and results}}
  %0 = "tfl.cast"(%x) : (tensor<2xi32>) -> tensor<3xf32>
  return
}
