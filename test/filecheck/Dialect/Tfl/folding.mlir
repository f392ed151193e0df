// RUN: lce-opt %s -split-input-file -canonicalize | FileCheck %s

// Constant folding of tfl.add/sub/mul/div (TF's ConstFoldBinaryOp): only with activation NONE,
// broadcasting over the two constants' shapes.

// CHECK-LABEL: func.func @float_broadcast
func.func @float_broadcast() -> (tensor<2x2xf32>, tensor<2x2x2xf32>, tensor<2x2xf32>, tensor<f32>) {
  %v = arith.constant dense<[1.0, -4.0]> : tensor<2xf32>
  %m = arith.constant dense<[[-5.5, 1.5], [7.5, -4.5]]> : tensor<2x2xf32>
  %c = arith.constant dense<[[[1.0, 1.0], [2.0, 2.0]], [[3.0, 3.0], [4.0, 4.0]]]> : tensor<2x2x2xf32>
  %row = arith.constant dense<[[1.5, -2.5]]> : tensor<1x2xf32>
  %col = arith.constant dense<[[-3.0], [4.0]]> : tensor<2x1xf32>
  %s = arith.constant dense<4.5> : tensor<f32>
  %t = arith.constant dense<1.5> : tensor<f32>
  // CHECK-DAG: arith.constant dense<{{\[\[}}-4.500000e+00, -2.500000e+00], [8.500000e+00, -8.500000e+00]]> : tensor<2x2xf32>
  %0 = "tfl.add"(%v, %m) {fused_activation_function = "NONE"} : (tensor<2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  // CHECK-DAG: arith.constant dense<{{\[\[\[}}-6.500000e+00, 5.000000e-01], [5.500000e+00, -6.500000e+00]], {{\[\[}}-8.500000e+00, -1.500000e+00], [3.500000e+00, -8.500000e+00]]]> : tensor<2x2x2xf32>
  %1 = "tfl.sub"(%m, %c) {fused_activation_function = "NONE"} : (tensor<2x2xf32>, tensor<2x2x2xf32>) -> tensor<2x2x2xf32>
  // CHECK-DAG: arith.constant dense<{{\[\[}}-4.500000e+00, 7.500000e+00], [6.000000e+00, -1.000000e+01]]> : tensor<2x2xf32>
  %2 = "tfl.mul"(%row, %col) {fused_activation_function = "NONE"} : (tensor<1x2xf32>, tensor<2x1xf32>) -> tensor<2x2xf32>
  // CHECK-DAG: arith.constant dense<3.000000e+00> : tensor<f32>
  %3 = "tfl.div"(%s, %t) {fused_activation_function = "NONE"} : (tensor<f32>, tensor<f32>) -> tensor<f32>
  // CHECK-NOT: tfl.
  return %0, %1, %2, %3 : tensor<2x2xf32>, tensor<2x2x2xf32>, tensor<2x2xf32>, tensor<f32>
}

// -----

// A filter [O,H,W,I] scaled per output channel by [O,1,1,1], as LCE's bconv fusion does.
// CHECK-LABEL: func.func @per_channel_scale
func.func @per_channel_scale() -> tensor<2x1x2x2xf32> {
  %w = arith.constant dense<[[[[1.0, 2.0], [3.0, 4.0]]], [[[5.0, 6.0], [7.0, 8.0]]]]> : tensor<2x1x2x2xf32>
  %m = arith.constant dense<[[[[2.0]]], [[[-0.5]]]]> : tensor<2x1x1x1xf32>
  // CHECK-NEXT: %[[C:.*]] = arith.constant dense<{{\[\[\[\[}}2.000000e+00, 4.000000e+00], [6.000000e+00, 8.000000e+00]]], {{\[\[\[}}-2.500000e+00, -3.000000e+00], [-3.500000e+00, -4.000000e+00]]]]> : tensor<2x1x2x2xf32>
  // CHECK-NEXT: return %[[C]]
  %0 = "tfl.mul"(%w, %m) {fused_activation_function = "NONE"} : (tensor<2x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<2x1x2x2xf32>
  return %0 : tensor<2x1x2x2xf32>
}

// -----

// Integers wrap; division truncates toward zero; a zero divisor is not folded.
// CHECK-LABEL: func.func @integers
func.func @integers() -> (tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<2xi8>, tensor<2xi32>) {
  %a = arith.constant dense<[-10, -1, 42, 100]> : tensor<4xi32>
  %five = arith.constant dense<5> : tensor<4xi32>
  %b = arith.constant dense<[7, -7, 2147483647, -2147483648]> : tensor<4xi32>
  %two = arith.constant dense<[2, 2, 2, -1]> : tensor<4xi32>
  %c = arith.constant dense<[100, -100]> : tensor<2xi8>
  %z = arith.constant dense<[3, 0]> : tensor<2xi32>
  // CHECK-DAG: arith.constant dense<[-5, 4, 47, 105]> : tensor<4xi32>
  %0 = "tfl.add"(%a, %five) {fused_activation_function = "NONE"} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  // CHECK-DAG: arith.constant dense<[3, -3, 1073741823, -2147483648]> : tensor<4xi32>
  %1 = "tfl.div"(%b, %two) {fused_activation_function = "NONE"} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  // CHECK-DAG: arith.constant dense<[14, -14, -2, -2147483648]> : tensor<4xi32>
  %2 = "tfl.mul"(%b, %two) {fused_activation_function = "NONE"} : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi32>
  // CHECK-DAG: arith.constant dense<[-56, 56]> : tensor<2xi8>
  %3 = "tfl.add"(%c, %c) {fused_activation_function = "NONE"} : (tensor<2xi8>, tensor<2xi8>) -> tensor<2xi8>
  // CHECK-DAG: tfl.div %{{.*}}, %{{.*}} {fused_activation_function = "NONE"} : tensor<2xi32>
  %4 = "tfl.div"(%z, %z) {fused_activation_function = "NONE"} : (tensor<2xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0, %1, %2, %3, %4 : tensor<4xi32>, tensor<4xi32>, tensor<4xi32>, tensor<2xi8>, tensor<2xi32>
}

// -----

// A fused activation other than NONE blocks folding; a constant lhs of a commutative op moves right.
// CHECK-LABEL: func.func @not_folded
func.func @not_folded(%x: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %c = arith.constant dense<2.0> : tensor<4xf32>
  // CHECK: %[[C:.*]] = arith.constant dense<2.000000e+00> : tensor<4xf32>
  // CHECK-NEXT: %[[A:.*]] = tfl.add %[[C]], %[[C]] {fused_activation_function = "RELU"} : tensor<4xf32>
  %0 = "tfl.add"(%c, %c) {fused_activation_function = "RELU"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  // CHECK-NEXT: %[[M:.*]] = tfl.mul %arg0, %[[C]] {fused_activation_function = "NONE"} : tensor<4xf32>
  %1 = "tfl.mul"(%c, %x) {fused_activation_function = "NONE"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  // CHECK-NEXT: %[[S:.*]] = tfl.sub %[[C]], %arg0 {fused_activation_function = "NONE"} : tensor<4xf32>
  %2 = "tfl.sub"(%c, %x) {fused_activation_function = "NONE"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  // CHECK-NEXT: return %[[A]], %[[M]], %[[S]]
  return %0, %1, %2 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// -----

// A folded value whose type differs from the op's result type becomes tfl.pseudo_const
// (TFL's materializeConstant); a pseudo_const whose type matches becomes arith.constant.
// CHECK-LABEL: func.func @materialize
func.func @materialize() -> (tensor<?xf32>, tensor<2xf32>, none) {
  %c = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  // CHECK-DAG: %[[P:.*]] = "tfl.pseudo_const"() {value = dense<[2.000000e+00, 4.000000e+00]> : tensor<2xf32>} : () -> tensor<?xf32>
  %0 = "tfl.add"(%c, %c) {fused_activation_function = "NONE"} : (tensor<2xf32>, tensor<2xf32>) -> tensor<?xf32>
  // CHECK-DAG: %[[K:.*]] = arith.constant dense<[5.000000e+00, 6.000000e+00]> : tensor<2xf32>
  %1 = "tfl.pseudo_const"() {value = dense<[5.0, 6.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  // CHECK-DAG: %[[N:.*]] = "tfl.no_value"() {value} : () -> none
  %2 = "tfl.no_value"() {value} : () -> none
  // CHECK: return %[[P]], %[[K]], %[[N]]
  return %0, %1, %2 : tensor<?xf32>, tensor<2xf32>, none
}

// -----

// Dead tfl ops are erased (they have no memory effects); tfl.custom is kept.
// CHECK-LABEL: func.func @dead
func.func @dead(%x: tensor<1x4x4x2xf32>, %q: tensor<4xf32>) {
  // CHECK-NEXT: "tfl.custom"(%arg0) {custom_code = "Keep", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  // CHECK-NEXT: return
  %0 = "tfl.relu"(%x) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  %1 = "tfl.max_pool_2d"(%0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
  %2 = "tfl.quantize"(%q) {qtype = tensor<4xf32>} : (tensor<4xf32>) -> tensor<4xf32>
  %3 = "tfl.dequantize"(%2) : (tensor<4xf32>) -> tensor<4xf32>
  %4 = "tfl.no_value"() {value} : () -> none
  %5 = "tfl.custom"(%x) {custom_code = "Keep", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2xf32>
  return
}

// -----

// CHECK-LABEL: func.func @shape_folds
func.func @shape_folds(%x: tensor<2x3xf32>, %p: tensor<2x2xi32>, %v: tensor<f32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<6xi32>) {
  %shape = arith.constant dense<[2, 3]> : tensor<2xi32>
  // Identity reshape, pad and squeeze fold to their input.
  %0 = "tfl.reshape"(%x, %shape) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %1 = "tfl.pad"(%0, %p) : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<2x3xf32>
  %2 = "tfl.padv2"(%1, %p, %v) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<f32>) -> tensor<2x3xf32>
  %3 = "tfl.squeeze"(%2) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-DAG: %[[T:.*]] = arith.constant dense<{{\[\[}}1, 4], [2, 5], [3, 6]]> : tensor<3x2xi32>
  %c = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xi32>
  %perm = arith.constant dense<[1, 0]> : tensor<2xi32>
  %4 = "tfl.transpose"(%c, %perm) : (tensor<2x3xi32>, tensor<2xi32>) -> tensor<3x2xi32>
  // CHECK-DAG: %[[R:.*]] = arith.constant dense<{{\[\[}}1, 2], [3, 4]]> : tensor<2x2xi32>
  %d = arith.constant dense<[1, 2, 3, 4]> : tensor<4xi32>
  %s2 = arith.constant dense<[2, -1]> : tensor<2xi32>
  %5 = "tfl.reshape"(%d, %s2) : (tensor<4xi32>, tensor<2xi32>) -> tensor<2x2xi32>
  // CHECK-DAG: %[[K:.*]] = arith.constant dense<[1, 2, 3, 4, 1, 2]> : tensor<6xi32>
  %e = arith.constant dense<[1, 2]> : tensor<2xi32>
  %6 = "tfl.concatenation"(%d, %e) {axis = 0 : i32, fused_activation_function = "NONE"} : (tensor<4xi32>, tensor<2xi32>) -> tensor<6xi32>
  // CHECK: return %arg0, %arg0, %arg0, %[[T]], %[[R]], %[[K]]
  return %0, %2, %3, %4, %5, %6 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<3x2xi32>, tensor<2x2xi32>, tensor<6xi32>
}

// -----

// CHECK-LABEL: func.func @reshape_patterns
func.func @reshape_patterns(%x: tensor<2x3xf32>, %s: tensor<3xi32>) -> tensor<6xf32> {
  // Adjacent reshapes merge; a shape constant holding [1, N] values becomes a [N] tfl.pseudo_const,
  // which then becomes an arith.constant.
  // CHECK-NEXT: %[[S:.*]] = arith.constant dense<6> : tensor<1xi32>
  // CHECK-NEXT: %[[R:.*]] = "tfl.reshape"(%arg0, %[[S]]) : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<6xf32>
  // CHECK-NEXT: return %[[R]]
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<3xi32>) -> tensor<3x2x1xf32>
  %shape = "tfl.pseudo_const"() {value = dense<[[6]]> : tensor<1x1xi32>} : () -> tensor<1xi32>
  %1 = "tfl.reshape"(%0, %shape) : (tensor<3x2x1xf32>, tensor<1xi32>) -> tensor<6xf32>
  return %1 : tensor<6xf32>
}

// -----

// CHECK-LABEL: func.func @concat_empty
func.func @concat_empty(%x: tensor<2x3xf32>, %y: tensor<2x0xf32>, %z: tensor<2x4xf32>) -> (tensor<2x3xf32>, tensor<2x7xf32>) {
  // CHECK-NEXT: %[[C:.*]] = "tfl.concatenation"(%arg0, %arg2) {axis = 1 : i32, fused_activation_function = "RELU"} : (tensor<2x3xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
  // CHECK-NEXT: return %arg0, %[[C]]
  %0 = "tfl.concatenation"(%x, %y) {axis = 1 : i32, fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<2x0xf32>) -> tensor<2x3xf32>
  %1 = "tfl.concatenation"(%x, %y, %z) {axis = 1 : i32, fused_activation_function = "RELU"} : (tensor<2x3xf32>, tensor<2x0xf32>, tensor<2x4xf32>) -> tensor<2x7xf32>
  return %0, %1 : tensor<2x3xf32>, tensor<2x7xf32>
}

// -----

// CHECK-LABEL: func.func @fully_connected
func.func @fully_connected() -> tensor<2xf32> {
  %in = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %w = arith.constant dense<[[1.0, 0.0, 1.0], [0.5, 0.5, 0.5]]> : tensor<2x3xf32>
  %b = arith.constant dense<[10.0, -1.0]> : tensor<2xf32>
  // CHECK-NEXT: %[[C:.*]] = arith.constant dense<[1.400000e+01, 2.000000e+00]> : tensor<2xf32>
  // CHECK-NEXT: return %[[C]]
  %0 = "tfl.fully_connected"(%in, %w, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

// A zero bias of tfl.fully_connected becomes tfl.no_value.
// CHECK-LABEL: func.func @fc_zero_bias
func.func @fc_zero_bias(%x: tensor<4x3xf32>, %w: tensor<2x3xf32>) -> tensor<4x2xf32> {
  %b = arith.constant dense<0.0> : tensor<2xf32>
  // CHECK-NEXT: %[[N:.*]] = "tfl.no_value"() {value} : () -> none
  // CHECK-NEXT: "tfl.fully_connected"(%arg0, %arg1, %[[N]])
  %0 = "tfl.fully_connected"(%x, %w, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<4x3xf32>, tensor<2x3xf32>, tensor<2xf32>) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}
