// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce, pattern (c): a select between constants +1 and -1 (larq's ste_sign written
// with tf.where) becomes lq.Dequantize(lq.Quantize(condition)), the condition broadcast to the
// select's shape; -1/+1 negates the condition first. Same on both targets.

// The packed shape has ceil(C/32) words in the innermost dimension.
// CHECK-LABEL: func.func @select_v2_plus_minus
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<2x3x40xi1>) -> tensor<2x3x2xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<2x3x2xi32>) -> tensor<2x3x40xf32>
// CHECK-NEXT: return %[[D]]
func.func @select_v2_plus_minus(%c: tensor<2x3x40xi1>) -> tensor<2x3x40xf32> {
  %plus = arith.constant dense<1.0> : tensor<2x3x40xf32>
  %minus = arith.constant dense<-1.0> : tensor<2x3x40xf32>
  %0 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<2x3x40xi1>, tensor<2x3x40xf32>, tensor<2x3x40xf32>) -> tensor<2x3x40xf32>
  return %0 : tensor<2x3x40xf32>
}

// Constants of any broadcastable shape (here a scalar and a row) qualify; the condition
// already has the result shape, so the broadcast folds away.
// CHECK-LABEL: func.func @select_v2_minus_plus_scalar_constants
// CHECK-NEXT: %[[N:.*]] = "tf.LogicalNot"(%arg0) : (tensor<5x33xi1>) -> tensor<5x33xi1>
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[N]]) : (tensor<5x33xi1>) -> tensor<5x2xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<5x2xi32>) -> tensor<5x33xf32>
// CHECK-NEXT: return %[[D]]
func.func @select_v2_minus_plus_scalar_constants(%c: tensor<5x33xi1>) -> tensor<5x33xf32> {
  %minus = arith.constant dense<-1.0> : tensor<f32>
  %plus = arith.constant dense<1.0> : tensor<1x33xf32>
  %0 = "tf.SelectV2"(%c, %minus, %plus) : (tensor<5x33xi1>, tensor<f32>, tensor<1x33xf32>) -> tensor<5x33xf32>
  return %0 : tensor<5x33xf32>
}

// A condition smaller than the result is broadcast to the static result shape (i64).
// CHECK-LABEL: func.func @select_v2_broadcast_condition
// CHECK-NEXT: %[[S:.*]] = arith.constant dense<[4, 6]> : tensor<2xi64>
// CHECK-NEXT: %[[B:.*]] = "tf.BroadcastTo"(%arg0, %[[S]]) : (tensor<1x6xi1>, tensor<2xi64>) -> tensor<4x6xi1>
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[B]]) : (tensor<4x6xi1>) -> tensor<4x1xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<4x1xi32>) -> tensor<4x6xf32>
// CHECK-NEXT: return %[[D]]
func.func @select_v2_broadcast_condition(%c: tensor<1x6xi1>) -> tensor<4x6xf32> {
  %plus = arith.constant dense<1.0> : tensor<4x1xf32>
  %minus = arith.constant dense<-1.0> : tensor<f32>
  %0 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<1x6xi1>, tensor<4x1xf32>, tensor<f32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}

// The negation comes before the broadcast (it is the broadcast's operand).
// CHECK-LABEL: func.func @select_v2_inverted_broadcast_condition
// CHECK-NEXT: %[[S:.*]] = arith.constant dense<[2, 3]> : tensor<2xi64>
// CHECK-NEXT: %[[N:.*]] = "tf.LogicalNot"(%arg0) : (tensor<3xi1>) -> tensor<3xi1>
// CHECK-NEXT: %[[B:.*]] = "tf.BroadcastTo"(%[[N]], %[[S]]) : (tensor<3xi1>, tensor<2xi64>) -> tensor<2x3xi1>
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[B]]) : (tensor<2x3xi1>) -> tensor<2x1xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<2x1xi32>) -> tensor<2x3xf32>
// CHECK-NEXT: return %[[D]]
func.func @select_v2_inverted_broadcast_condition(%c: tensor<3xi1>) -> tensor<2x3xf32> {
  %minus = arith.constant dense<-1.0> : tensor<2x3xf32>
  %plus = arith.constant dense<1.0> : tensor<2x3xf32>
  %0 = "tf.SelectV2"(%c, %minus, %plus) : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// tf.Select (v1) with an elementwise or a scalar condition.
// CHECK-LABEL: func.func @select_v1
// CHECK-NEXT: %[[S:.*]] = arith.constant dense<[7, 2]> : tensor<2xi64>
// CHECK-NEXT: %[[N:.*]] = "tf.LogicalNot"(%arg0) : (tensor<7x2xi1>) -> tensor<7x2xi1>
// CHECK-NEXT: %[[Q0:.*]] = "lq.Quantize"(%[[N]]) : (tensor<7x2xi1>) -> tensor<7x1xi32>
// CHECK-NEXT: %[[D0:.*]] = "lq.Dequantize"(%[[Q0]]) : (tensor<7x1xi32>) -> tensor<7x2xf32>
// CHECK-NEXT: %[[B:.*]] = "tf.BroadcastTo"(%arg1, %[[S]]) : (tensor<i1>, tensor<2xi64>) -> tensor<7x2xi1>
// CHECK-NEXT: %[[Q1:.*]] = "lq.Quantize"(%[[B]]) : (tensor<7x2xi1>) -> tensor<7x1xi32>
// CHECK-NEXT: %[[D1:.*]] = "lq.Dequantize"(%[[Q1]]) : (tensor<7x1xi32>) -> tensor<7x2xf32>
// CHECK-NEXT: return %[[D0]], %[[D1]]
func.func @select_v1(%c: tensor<7x2xi1>, %s: tensor<i1>) -> (tensor<7x2xf32>, tensor<7x2xf32>) {
  %plus = arith.constant dense<1.0> : tensor<7x2xf32>
  %minus = arith.constant dense<-1.0> : tensor<7x2xf32>
  %0 = "tf.Select"(%c, %minus, %plus) : (tensor<7x2xi1>, tensor<7x2xf32>, tensor<7x2xf32>) -> tensor<7x2xf32>
  %1 = "tf.Select"(%s, %plus, %minus) : (tensor<i1>, tensor<7x2xf32>, tensor<7x2xf32>) -> tensor<7x2xf32>
  return %0, %1 : tensor<7x2xf32>, tensor<7x2xf32>
}

// A v1 vector condition picks whole rows; broadcasting it would align it with the innermost
// dimension instead, so the select stays.
// CHECK-LABEL: func.func @select_v1_row_condition
// CHECK: "tf.Select"(%arg0, %{{.*}}, %{{.*}}) : (tensor<7xi1>, tensor<7x2xf32>, tensor<7x2xf32>) -> tensor<7x2xf32>
// CHECK-NOT: lq.
func.func @select_v1_row_condition(%c: tensor<7xi1>) -> tensor<7x2xf32> {
  %plus = arith.constant dense<1.0> : tensor<7x2xf32>
  %minus = arith.constant dense<-1.0> : tensor<7x2xf32>
  %0 = "tf.Select"(%c, %plus, %minus) : (tensor<7xi1>, tensor<7x2xf32>, tensor<7x2xf32>) -> tensor<7x2xf32>
  return %0 : tensor<7x2xf32>
}

// tf.Const operands become arith.constant first (the op-removal patterns are part of the pass).
// CHECK-LABEL: func.func @select_tf_const_operands
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<3x2xi1>) -> tensor<3x1xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<3x1xi32>) -> tensor<3x2xf32>
// CHECK-NEXT: return %[[D]]
func.func @select_tf_const_operands(%c: tensor<3x2xi1>) -> tensor<3x2xf32> {
  %plus = "tf.Const"() {value = dense<1.0> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
  %minus = "tf.Const"() {value = dense<[[-1.0, -1.0], [-1.0, -1.0], [-1.0, -1.0]]> : tensor<3x2xf32>} : () -> tensor<3x2xf32>
  %0 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<3x2xi1>, tensor<3x2xf32>, tensor<3x2xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// Every element must be exactly +1 or -1.
// CHECK-LABEL: func.func @select_not_plus_minus_one
// CHECK-NOT: lq.
// CHECK: %0 = "tf.SelectV2"(%arg0, %cst, %cst_0)
// CHECK-NEXT: %1 = "tf.SelectV2"(%arg0, %cst_1, %cst_2)
// CHECK-NEXT: %2 = "tf.SelectV2"(%arg0, %cst, %cst)
func.func @select_not_plus_minus_one(%c: tensor<3x2xi1>) -> (tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>) {
  %plus = arith.constant dense<1.0> : tensor<3x2xf32>
  %half = arith.constant dense<-0.5> : tensor<3x2xf32>
  %almost = arith.constant dense<[[1.0, 1.0], [1.0, 0.999], [1.0, 1.0]]> : tensor<3x2xf32>
  %minus = arith.constant dense<-1.0> : tensor<3x2xf32>
  %0 = "tf.SelectV2"(%c, %plus, %half) : (tensor<3x2xi1>, tensor<3x2xf32>, tensor<3x2xf32>) -> tensor<3x2xf32>
  %1 = "tf.SelectV2"(%c, %almost, %minus) : (tensor<3x2xi1>, tensor<3x2xf32>, tensor<3x2xf32>) -> tensor<3x2xf32>
  %2 = "tf.SelectV2"(%c, %plus, %plus) : (tensor<3x2xi1>, tensor<3x2xf32>, tensor<3x2xf32>) -> tensor<3x2xf32>
  return %0, %1, %2 : tensor<3x2xf32>, tensor<3x2xf32>, tensor<3x2xf32>
}

// Only f32 constants are read (LCE reads them as float).
// CHECK-LABEL: func.func @select_f16
// CHECK-NOT: lq.
// CHECK: "tf.SelectV2"
func.func @select_f16(%c: tensor<3x2xi1>) -> tensor<3x2xf16> {
  %plus = arith.constant dense<1.0> : tensor<3x2xf16>
  %minus = arith.constant dense<-1.0> : tensor<3x2xf16>
  %0 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<3x2xi1>, tensor<3x2xf16>, tensor<3x2xf16>) -> tensor<3x2xf16>
  return %0 : tensor<3x2xf16>
}

// A select whose shape is not static is left alone: LCE would take tf.Shape of the select's own
// result (a cycle once the select is replaced).
// CHECK-LABEL: func.func @select_dynamic
// CHECK-NOT: lq.
// CHECK: %0 = "tf.SelectV2"(%arg0, %cst, %cst_0) : (tensor<?x4xi1>, tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<?x4xf32>
// CHECK-NEXT: %1 = "tf.SelectV2"(%arg1, %cst_0, %cst) : (tensor<*xi1>, tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<*xf32>
func.func @select_dynamic(%c: tensor<?x4xi1>, %u: tensor<*xi1>) -> (tensor<?x4xf32>, tensor<*xf32>) {
  %plus = arith.constant dense<1.0> : tensor<1x4xf32>
  %minus = arith.constant dense<-1.0> : tensor<1x4xf32>
  %0 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<?x4xi1>, tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<?x4xf32>
  %1 = "tf.SelectV2"(%u, %minus, %plus) : (tensor<*xi1>, tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<*xf32>
  return %0, %1 : tensor<?x4xf32>, tensor<*xf32>
}

// With a static result, an unranked condition is broadcast like any other.
// CHECK-LABEL: func.func @select_unranked_condition
// CHECK-NEXT: %[[S:.*]] = arith.constant dense<[2, 4]> : tensor<2xi64>
// CHECK-NEXT: %[[B:.*]] = "tf.BroadcastTo"(%arg0, %[[S]]) : (tensor<*xi1>, tensor<2xi64>) -> tensor<2x4xi1>
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[B]]) : (tensor<2x4xi1>) -> tensor<2x1xi32>
// CHECK-NEXT: "lq.Dequantize"(%[[Q]]) : (tensor<2x1xi32>) -> tensor<2x4xf32>
func.func @select_unranked_condition(%u: tensor<*xi1>) -> tensor<2x4xf32> {
  %plus = arith.constant dense<1.0> : tensor<2x4xf32>
  %minus = arith.constant dense<-1.0> : tensor<2x4xf32>
  %0 = "tf.SelectV2"(%u, %plus, %minus) : (tensor<*xi1>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return %0 : tensor<2x4xf32>
}

// Constants shared by two selects and another user: every use of each select is replaced, and
// the constant that is still used stays.
// CHECK-LABEL: func.func @select_used_twice_constants_shared
// CHECK-NEXT: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : tensor<4x8xf32>
// CHECK-NEXT: %[[Q0:.*]] = "lq.Quantize"(%arg0)
// CHECK-NEXT: %[[D0:.*]] = "lq.Dequantize"(%[[Q0]])
// CHECK-NEXT: %[[N:.*]] = "tf.LogicalNot"(%arg1)
// CHECK-NEXT: %[[Q1:.*]] = "lq.Quantize"(%[[N]])
// CHECK-NEXT: %[[D1:.*]] = "lq.Dequantize"(%[[Q1]])
// CHECK-NEXT: %[[A:.*]] = "tf.AddV2"(%[[D0]], %[[ONE]])
// CHECK-NEXT: return %[[D0]], %[[D1]], %[[A]]
func.func @select_used_twice_constants_shared(%c: tensor<4x8xi1>, %d: tensor<4x8xi1>) -> (tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>) {
  %plus = arith.constant dense<1.0> : tensor<4x8xf32>
  %minus = arith.constant dense<-1.0> : tensor<4x8xf32>
  %0 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %1 = "tf.SelectV2"(%d, %minus, %plus) : (tensor<4x8xi1>, tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  %2 = "tf.AddV2"(%0, %plus) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0, %1, %2 : tensor<4x8xf32>, tensor<4x8xf32>, tensor<4x8xf32>
}

// The op-removal patterns are part of the pass: identities and gradient stops around the
// constants go first, then the select matches.
// CHECK-LABEL: func.func @select_through_removed_ops
// CHECK-NEXT: %[[N:.*]] = "tf.LogicalNot"(%arg0) : (tensor<2x2xi1>) -> tensor<2x2xi1>
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%[[N]])
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]])
// CHECK-NEXT: return %[[D]]
func.func @select_through_removed_ops(%c: tensor<2x2xi1>) -> tensor<2x2xf32> {
  %plus = "tf.Const"() {value = dense<1.0> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %minus = "tf.Const"() {value = dense<-1.0> : tensor<2x2xf32>} : () -> tensor<2x2xf32>
  %0 = "tf.Identity"(%minus) : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %1 = "tf.StopGradient"(%plus) : (tensor<2x2xf32>) -> tensor<2x2xf32>
  %2 = "tf.SelectV2"(%c, %0, %1) : (tensor<2x2xi1>, tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return %2 : tensor<2x2xf32>
}
