// RUN: lce-opt %s -tfl-legalize-tf | FileCheck %s

// The second stage: broadcasting beyond the rank a TFLite kernel handles is made explicit
// with tf.BroadcastTo (legalized to tfl.broadcast_to) sharing one i64 shape constant, so that
// the tfl op sees operands of one shape. Only operands whose shape differs are broadcast.

// CHECK-LABEL: func.func @add_rank7
func.func @add_rank7(%a: tensor<1x1x1x1x2x1x3xf32>, %b: tensor<4x1xf32>) -> tensor<1x1x1x1x2x4x3xf32> {
  // CHECK-NEXT: %[[S:.*]] = arith.constant dense<[1, 1, 1, 1, 2, 4, 3]> : tensor<7xi64>
  // CHECK-NEXT: %[[A:.*]] = "tfl.broadcast_to"(%arg0, %[[S]]) : (tensor<1x1x1x1x2x1x3xf32>, tensor<7xi64>) -> tensor<1x1x1x1x2x4x3xf32>
  // CHECK-NEXT: %[[B:.*]] = "tfl.broadcast_to"(%arg1, %[[S]]) : (tensor<4x1xf32>, tensor<7xi64>) -> tensor<1x1x1x1x2x4x3xf32>
  // CHECK-NEXT: %[[R:.*]] = tfl.add %[[A]], %[[B]] {fused_activation_function = "NONE"} : tensor<1x1x1x1x2x4x3xf32>
  // CHECK-NEXT: return %[[R]]
  %0 = "tf.AddV2"(%a, %b) : (tensor<1x1x1x1x2x1x3xf32>, tensor<4x1xf32>) -> tensor<1x1x1x1x2x4x3xf32>
  return %0 : tensor<1x1x1x1x2x4x3xf32>
}

// Comparisons broadcast up to rank 4 only; the lhs already has the result shape here.
// CHECK-LABEL: func.func @greater_equal_rank5
func.func @greater_equal_rank5(%a: tensor<2x1x3x4x2xi32>, %b: tensor<4x1xi32>) -> tensor<2x1x3x4x2xi1> {
  // CHECK-NEXT: %[[S:.*]] = arith.constant dense<[2, 1, 3, 4, 2]> : tensor<5xi64>
  // CHECK-NEXT: %[[B:.*]] = "tfl.broadcast_to"(%arg1, %[[S]]) : (tensor<4x1xi32>, tensor<5xi64>) -> tensor<2x1x3x4x2xi32>
  // CHECK-NEXT: %[[R:.*]] = tfl.greater_equal(%arg0, %[[B]]) : (tensor<2x1x3x4x2xi32>, tensor<2x1x3x4x2xi32>) -> tensor<2x1x3x4x2xi1>
  // CHECK-NEXT: return %[[R]]
  %0 = "tf.GreaterEqual"(%a, %b) : (tensor<2x1x3x4x2xi32>, tensor<4x1xi32>) -> tensor<2x1x3x4x2xi1>
  return %0 : tensor<2x1x3x4x2xi1>
}

// select_v2 broadcasts within rank 5; the condition is broadcast too (as i1).
// CHECK-LABEL: func.func @select_rank6
func.func @select_rank6(%c: tensor<2x1x1x1x1x1xi1>, %x: tensor<1x1x1x1x3x1xf32>, %y: tensor<f32>) -> tensor<2x1x1x1x3x1xf32> {
  // CHECK-NEXT: %[[S:.*]] = arith.constant dense<[2, 1, 1, 1, 3, 1]> : tensor<6xi64>
  // CHECK-NEXT: %[[C:.*]] = "tfl.broadcast_to"(%arg0, %[[S]]) : (tensor<2x1x1x1x1x1xi1>, tensor<6xi64>) -> tensor<2x1x1x1x3x1xi1>
  // CHECK-NEXT: %[[X:.*]] = "tfl.broadcast_to"(%arg1, %[[S]]) : (tensor<1x1x1x1x3x1xf32>, tensor<6xi64>) -> tensor<2x1x1x1x3x1xf32>
  // CHECK-NEXT: %[[Y:.*]] = "tfl.broadcast_to"(%arg2, %[[S]]) : (tensor<f32>, tensor<6xi64>) -> tensor<2x1x1x1x3x1xf32>
  // CHECK-NEXT: %[[R:.*]] = "tfl.select"(%[[C]], %[[X]], %[[Y]]) : (tensor<2x1x1x1x3x1xi1>, tensor<2x1x1x1x3x1xf32>, tensor<2x1x1x1x3x1xf32>) -> tensor<2x1x1x1x3x1xf32>
  // CHECK-NEXT: return %[[R]]
  %0 = "tf.SelectV2"(%c, %x, %y) : (tensor<2x1x1x1x1x1xi1>, tensor<1x1x1x1x3x1xf32>, tensor<f32>) -> tensor<2x1x1x1x3x1xf32>
  return %0 : tensor<2x1x1x1x3x1xf32>
}

// Within the kernels' rank, or with equal shapes of any rank, no BroadcastTo is needed.
// CHECK-LABEL: func.func @no_explicit_broadcast
func.func @no_explicit_broadcast(%a: tensor<2x1x3x1x5x1xf32>, %b: tensor<4x1x1xf32>, %c: tensor<1x2x1x2x1x2x1x2xf32>) -> (tensor<2x1x3x4x5x1xf32>, tensor<1x2x1x2x1x2x1x2xf32>) {
  // CHECK-NEXT: %[[M:.*]] = tfl.mul(%arg0, %arg1) {fused_activation_function = "NONE"} : (tensor<2x1x3x1x5x1xf32>, tensor<4x1x1xf32>) -> tensor<2x1x3x4x5x1xf32>
  // CHECK-NEXT: %[[S:.*]] = tfl.sub %arg2, %arg2 {fused_activation_function = "NONE"} : tensor<1x2x1x2x1x2x1x2xf32>
  // CHECK-NEXT: return %[[M]], %[[S]]
  %0 = "tf.Mul"(%a, %b) : (tensor<2x1x3x1x5x1xf32>, tensor<4x1x1xf32>) -> tensor<2x1x3x4x5x1xf32>
  %1 = "tf.Sub"(%c, %c) : (tensor<1x2x1x2x1x2x1x2xf32>, tensor<1x2x1x2x1x2x1x2xf32>) -> tensor<1x2x1x2x1x2x1x2xf32>
  return %0, %1 : tensor<2x1x3x4x5x1xf32>, tensor<1x2x1x2x1x2x1x2xf32>
}

// When the element type has no kernel either, nothing the second stage creates survives.
// CHECK-LABEL: func.func @unsupported_type_keeps_op
func.func @unsupported_type_keeps_op(%a: tensor<1x1x1x1x1x1x2xf64>, %b: tensor<3x1xf64>) -> tensor<1x1x1x1x1x3x2xf64> {
  // CHECK-NEXT: %[[R:.*]] = "tf.AddV2"(%arg0, %arg1) : (tensor<1x1x1x1x1x1x2xf64>, tensor<3x1xf64>) -> tensor<1x1x1x1x1x3x2xf64>
  // CHECK-NEXT: return %[[R]]
  %0 = "tf.AddV2"(%a, %b) : (tensor<1x1x1x1x1x1x2xf64>, tensor<3x1xf64>) -> tensor<1x1x1x1x1x3x2xf64>
  return %0 : tensor<1x1x1x1x1x3x2xf64>
}
