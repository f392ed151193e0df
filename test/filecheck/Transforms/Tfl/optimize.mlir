// RUN: lce-opt %s -tfl-optimize -split-input-file | FileCheck %s
// RUN: lce-opt %s -tfl-optimize=enable-canonicalization=true -split-input-file | FileCheck %s --check-prefix=CANON

// Activations fuse into a producer with a NONE activation and no other use.
// CHECK-LABEL: func.func @fuse_activations
// CHECK: %[[C:.*]] = "tfl.conv_2d"(%arg0, %arg1, %arg2) {{{.*}}fused_activation_function = "RELU"{{.*}}} : (tensor<1x5x5x2xf32>, tensor<3x1x1x2xf32>, tensor<3xf32>) -> tensor<1x5x5x3xf32>
// CHECK: %[[D:.*]] = "tfl.depthwise_conv_2d"(%[[C]], %arg3, %arg2) {{{.*}}fused_activation_function = "RELU6"
// CHECK: %[[P:.*]] = "tfl.max_pool_2d"(%[[D]]) {{{.*}}fused_activation_function = "RELU_N1_TO_1"
// CHECK: %[[A:.*]] = tfl.add %[[P]], %[[P]] {fused_activation_function = "RELU"}
// CHECK: %[[F:.*]] = "tfl.fully_connected"(%arg4, %arg5, %arg6) {fused_activation_function = "RELU6"
// CHECK: return %[[A]], %[[F]]
func.func @fuse_activations(%x: tensor<1x5x5x2xf32>, %w: tensor<3x1x1x2xf32>, %b: tensor<3xf32>, %dw: tensor<1x1x1x3xf32>,
    %v: tensor<2x4xf32>, %fw: tensor<3x4xf32>, %fb: tensor<3xf32>) -> (tensor<1x2x2x3xf32>, tensor<2x3xf32>) {
  %0 = "tfl.conv_2d"(%x, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x5x5x2xf32>, tensor<3x1x1x2xf32>, tensor<3xf32>) -> tensor<1x5x5x3xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
  %2 = "tfl.depthwise_conv_2d"(%1, %dw, %b) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x5x5x3xf32>, tensor<1x1x1x3xf32>, tensor<3xf32>) -> tensor<1x5x5x3xf32>
  %3 = "tfl.relu6"(%2) : (tensor<1x5x5x3xf32>) -> tensor<1x5x5x3xf32>
  %4 = "tfl.max_pool_2d"(%3) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x5x5x3xf32>) -> tensor<1x2x2x3xf32>
  %5 = "tfl.relu_n1_to_1"(%4) : (tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xf32>
  %6 = tfl.add %5, %5 {fused_activation_function = "NONE"} : tensor<1x2x2x3xf32>
  %7 = "tfl.relu"(%6) : (tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xf32>
  %8 = "tfl.fully_connected"(%v, %fw, %fb) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<2x4xf32>, tensor<3x4xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %9 = "tfl.relu6"(%8) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %7, %9 : tensor<1x2x2x3xf32>, tensor<2x3xf32>
}

// -----

// Not fused: a second use of the producer, an activation already fused, tanh (not a clamp).
// CHECK-LABEL: func.func @no_activation_fusion
// CHECK: %[[A:.*]] = tfl.add %arg0, %arg0 {fused_activation_function = "NONE"}
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%[[A]])
// CHECK-NEXT: %[[S:.*]] = tfl.sub %arg0, %arg0 {fused_activation_function = "RELU6"}
// CHECK-NEXT: "tfl.relu"(%[[S]])
// CHECK-NEXT: %[[M:.*]] = tfl.mul %arg0, %arg0 {fused_activation_function = "NONE"}
// CHECK-NEXT: "tfl.tanh"(%[[M]])
func.func @no_activation_fusion(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %0 = tfl.add %x, %x {fused_activation_function = "NONE"} : tensor<4xf32>
  %1 = "tfl.relu"(%0) : (tensor<4xf32>) -> tensor<4xf32>
  %2 = tfl.sub %x, %x {fused_activation_function = "RELU6"} : tensor<4xf32>
  %3 = "tfl.relu"(%2) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = tfl.mul %x, %x {fused_activation_function = "NONE"} : tensor<4xf32>
  %5 = "tfl.tanh"(%4) : (tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %3, %5 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// Batch-norm folding into conv_2d: (conv * [2, -1]) + [1, 0.5] with filter [[1, 2]], [[3, 4]] (OHWI,
// two output channels) and bias [0.5, 1]: filter rows scaled to [2, 4], [-3, -4]; bias
// (0.5 * 2 + 1, 1 * -1 + 0.5) = (2, -0.5); the add's activation moves to the conv.
// CHECK-LABEL: func.func @conv_batch_norm
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00, 4.000000e+00]]], {{\[\[\[}}-3.000000e+00, -4.000000e+00]]]]> : tensor<2x1x1x2xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[2.000000e+00, -5.000000e-01]> : tensor<2xf32>
// CHECK: %[[C:.*]] = "tfl.conv_2d"(%arg0, %[[W]], %[[B]]) {{{.*}}fused_activation_function = "RELU6"
// CHECK-NEXT: return %[[C]]
func.func @conv_batch_norm(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x3x2xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0]]], [[[3.0, 4.0]]]]> : tensor<2x1x1x2xf32>
  %b = arith.constant dense<[0.5, 1.0]> : tensor<2xf32>
  %m = arith.constant dense<[2.0, -1.0]> : tensor<2xf32>
  %a = arith.constant dense<[[[[1.0, 0.5]]]]> : tensor<1x1x1x2xf32>
  %0 = "tfl.conv_2d"(%x, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x3x3x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x3x3x2xf32>
  %1 = tfl.mul(%0, %m) {fused_activation_function = "NONE"} : (tensor<1x3x3x2xf32>, tensor<2xf32>) -> tensor<1x3x3x2xf32>
  %2 = tfl.add(%1, %a) {fused_activation_function = "RELU6"} : (tensor<1x3x3x2xf32>, tensor<1x1x1x2xf32>) -> tensor<1x3x3x2xf32>
  return %2 : tensor<1x3x3x2xf32>
}

// -----

// Depthwise: channels are the filter's last dimension; a scalar divisor and a subtracted bias.
// CHECK-LABEL: func.func @depthwise_div_sub
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}5.000000e-01, 1.000000e+00, 1.500000e+00]]]]> : tensor<1x1x1x3xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[-1.000000e+00, -2.000000e+00, -3.000000e+00]> : tensor<3xf32>
// CHECK: "tfl.depthwise_conv_2d"(%arg0, %[[W]], %[[B]]) {{{.*}}fused_activation_function = "NONE"
func.func @depthwise_div_sub(%x: tensor<1x2x2x3xf32>) -> tensor<1x2x2x3xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0, 3.0]]]]> : tensor<1x1x1x3xf32>
  %b = arith.constant dense<0.0> : tensor<3xf32>
  %two = arith.constant dense<2.0> : tensor<f32>
  %s = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %0 = "tfl.depthwise_conv_2d"(%x, %w, %b) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x3xf32>, tensor<1x1x1x3xf32>, tensor<3xf32>) -> tensor<1x2x2x3xf32>
  %1 = tfl.div(%0, %two) {fused_activation_function = "NONE"} : (tensor<1x2x2x3xf32>, tensor<f32>) -> tensor<1x2x2x3xf32>
  %2 = tfl.sub(%1, %s) {fused_activation_function = "NONE"} : (tensor<1x2x2x3xf32>, tensor<3xf32>) -> tensor<1x2x2x3xf32>
  return %2 : tensor<1x2x2x3xf32>
}

// -----

// fully_connected: an added constant becomes the missing bias; a multiplier scales the rows.
// CHECK-LABEL: func.func @fully_connected
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[}}3.000000e+00, 6.000000e+00], [-1.000000e+00, -2.000000e+00]]> : tensor<2x2xf32>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK: "tfl.fully_connected"(%arg0, %[[W]], %[[B]]) {fused_activation_function = "RELU"
func.func @fully_connected(%x: tensor<1x2xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0], [1.0, 2.0]]> : tensor<2x2xf32>
  %none = "tfl.no_value"() {value} : () -> none
  %m = arith.constant dense<[3.0, -1.0]> : tensor<2xf32>
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %0 = "tfl.fully_connected"(%x, %w, %none) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x2xf32>, tensor<2x2xf32>, none) -> tensor<1x2xf32>
  %1 = tfl.mul(%0, %m) {fused_activation_function = "NONE"} : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %2 = tfl.add(%1, %a) {fused_activation_function = "RELU"} : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  return %2 : tensor<1x2xf32>
}

// -----

// Not folded: a value varying along another dimension, a non-constant filter under mul, a
// conv with another use, the conv as right operand of a sub (a commutative add would have its
// constant moved to the right by folding, and fuse).
// CHECK-LABEL: func.func @no_affine_fusion
// CHECK: tfl.mul
// CHECK: tfl.add
// CHECK: tfl.mul
// CHECK: tfl.sub(%cst{{.*}}, %{{.*}})
func.func @no_affine_fusion(%x: tensor<1x2x2x2xf32>, %w: tensor<2x1x1x2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) {
  %cw = arith.constant dense<1.0> : tensor<2x1x1x2xf32>
  %b = arith.constant dense<0.5> : tensor<2xf32>
  %rows = arith.constant dense<[[[[1.0], [2.0]]]]> : tensor<1x1x2x1xf32>
  %v = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %0 = "tfl.conv_2d"(%x, %cw, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %1 = tfl.mul(%0, %rows) {fused_activation_function = "NONE"} : (tensor<1x2x2x2xf32>, tensor<1x1x2x1xf32>) -> tensor<1x2x2x2xf32>
  %2 = "tfl.conv_2d"(%x, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %3 = tfl.add(%2, %v) {fused_activation_function = "NONE"} : (tensor<1x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %4 = "tfl.conv_2d"(%x, %w, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %5 = tfl.mul(%4, %v) {fused_activation_function = "NONE"} : (tensor<1x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %6 = "tfl.conv_2d"(%x, %cw, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x2x2x2xf32>, tensor<2x1x1x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %7 = tfl.sub(%v, %6) {fused_activation_function = "NONE"} : (tensor<2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %1, %3, %2, %5, %7 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>
}

// -----

// With canonicalization: consecutive reshapes fold into one, and constants fold.
// CANON-LABEL: func.func @reshapes_and_constants
// CANON-DAG: %[[S:.*]] = arith.constant dense<[2, 3]> : tensor<2xi32>
// CANON-DAG: %[[K:.*]] = arith.constant dense<[4.000000e+00, 6.000000e+00]> : tensor<2xf32>
// CANON: %[[R:.*]] = "tfl.reshape"(%arg0, %[[S]]) : (tensor<6xf32>, tensor<2xi32>) -> tensor<2x3xf32>
// CANON-NEXT: return %[[R]], %[[K]]
func.func @reshapes_and_constants(%x: tensor<6xf32>) -> (tensor<2x3xf32>, tensor<2xf32>) {
  %s1 = arith.constant dense<[3, 2]> : tensor<2xi32>
  %s2 = arith.constant dense<[2, 3]> : tensor<2xi32>
  %0 = "tfl.reshape"(%x, %s1) : (tensor<6xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  %1 = "tfl.reshape"(%0, %s2) : (tensor<3x2xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %a = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %b = arith.constant dense<[3.0, 4.0]> : tensor<2xf32>
  %2 = tfl.add %a, %b {fused_activation_function = "NONE"} : tensor<2xf32>
  return %1, %2 : tensor<2x3xf32>, tensor<2xf32>
}
