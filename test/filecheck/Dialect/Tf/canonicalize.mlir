// RUN: lce-opt %s -canonicalize -split-input-file | FileCheck %s

// x + 0, 0 + x, x - 0, x * 1, 1 * x, x / 1 fold to x when x has the result type.
// CHECK-LABEL: func.func @identity_arithmetic
// CHECK-SAME: (%[[X:.*]]: tensor<2x3xf32>, %[[I:.*]]: tensor<2x3xi32>)
// CHECK-NEXT: return %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[X]], %[[I]], %[[I]]
func.func @identity_arithmetic(%x: tensor<2x3xf32>, %i: tensor<2x3xi32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xi32>) {
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %one = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %ones = "tf.Const"() {value = dense<1.0> : tensor<3xf32>} : () -> tensor<3xf32>
  %ione = "tf.Const"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
  %izero = arith.constant dense<0> : tensor<2x3xi32>
  %0 = "tf.AddV2"(%x, %zero) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = "tf.AddV2"(%zero, %x) : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "tf.Sub"(%x, %zero) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %3 = "tf.Mul"(%x, %one) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %4 = "tf.Mul"(%one, %x) : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "tf.Div"(%x, %ones) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %6 = "tf.RealDiv"(%x, %one) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %7 = "tf.Div"(%i, %ione) : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  %8 = "tf.AddV2"(%i, %izero) : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<2x3xi32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xi32>
}

// -----

// No fold when it would hide a broadcast, for 0 - x, for non-identity values and -0.0, and for
// a non-scalar identity against an operand of unknown shape. A constant lhs of AddV2/Mul moves right.
// CHECK-LABEL: func.func @kept_arithmetic
// CHECK-DAG: %[[TWO:.*]] = "tf.Const"() {value = dense<2.000000e+00> : tensor<f32>}
// CHECK-DAG: %[[NZ:.*]] = "tf.Const"() {value = dense<-0.000000e+00> : tensor<f32>}
// CHECK-DAG: %[[ZERO:.*]] = "tf.Const"() {value = dense<0.000000e+00> : tensor<f32>}
// CHECK-DAG: %[[ONES:.*]] = "tf.Const"() {value = dense<1.000000e+00> : tensor<3xf32>}
// CHECK: "tf.AddV2"(%arg1, %[[ZERO]]) : (tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
// CHECK: "tf.Sub"(%[[ZERO]], %arg0)
// CHECK: "tf.Div"(%arg0, %[[TWO]])
// CHECK: "tf.AddV2"(%arg0, %[[NZ]])
// CHECK: "tf.Mul"(%arg0, %[[TWO]])
// CHECK: "tf.Div"(%arg2, %[[ONES]]) : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
func.func @kept_arithmetic(%x: tensor<2x3xf32>, %v: tensor<3xf32>, %d: tensor<?x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<?x3xf32>) {
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %nzero = "tf.Const"() {value = dense<-0.0> : tensor<f32>} : () -> tensor<f32>
  %two = "tf.Const"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %ones = "tf.Const"() {value = dense<1.0> : tensor<3xf32>} : () -> tensor<3xf32>
  %0 = "tf.AddV2"(%v, %zero) : (tensor<3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = "tf.Sub"(%zero, %x) : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "tf.Div"(%x, %two) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %3 = "tf.AddV2"(%x, %nzero) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %4 = "tf.Mul"(%two, %x) : (tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "tf.Div"(%d, %ones) : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<?x3xf32>
}

// -----

// Shape of a static shape becomes a tf.Const of the result's integer width.
// CHECK-LABEL: func.func @shape
// CHECK-DAG: %[[S64:.*]] = "tf.Const"() {value = dense<[1, 112, 112, 2]> : tensor<4xi64>} : () -> tensor<4xi64>
// CHECK-DAG: %[[S32:.*]] = "tf.Const"() {value = dense<[1, 112, 112, 2]> : tensor<4xi32>} : () -> tensor<4xi32>
// CHECK: %[[DYN:.*]] = "tf.Shape"(%arg1) : (tensor<?x3xf32>) -> tensor<2xi32>
// CHECK: return %[[S32]], %[[S64]], %[[DYN]]
func.func @shape(%x: tensor<1x112x112x2xf32>, %d: tensor<?x3xf32>) -> (tensor<4xi32>, tensor<4xi64>, tensor<2xi32>) {
  %0 = "tf.Shape"(%x) : (tensor<1x112x112x2xf32>) -> tensor<4xi32>
  %1 = "tf.Shape"(%x) : (tensor<1x112x112x2xf32>) -> tensor<4xi64>
  %2 = "tf.Shape"(%d) : (tensor<?x3xf32>) -> tensor<2xi32>
  return %0, %1, %2 : tensor<4xi32>, tensor<4xi64>, tensor<2xi32>
}

// -----

// BroadcastTo to the operand's own (static) type folds; a splat integer constant is re-shaped;
// float constants and real broadcasts stay.
// CHECK-LABEL: func.func @broadcast_to
// CHECK-DAG: %[[B:.*]] = "tf.Const"() {value = dense<true> : tensor<8x16xi1>}
// CHECK-DAG: %[[SHAPE:.*]] = "tf.Const"() {value = dense<[8, 16]> : tensor<2xi64>}
// CHECK: %[[REAL:.*]] = "tf.BroadcastTo"(%arg1, %[[SHAPE]])
// CHECK: %[[F:.*]] = "tf.BroadcastTo"(%{{.*}}, %[[SHAPE]]) : (tensor<f32>, tensor<2xi64>) -> tensor<8x16xf32>
// CHECK: return %arg0, %[[REAL]], %[[B]], %[[F]]
func.func @broadcast_to(%x: tensor<8x16xi1>, %c: tensor<8x1xi1>) -> (tensor<8x16xi1>, tensor<8x16xi1>, tensor<8x16xi1>, tensor<8x16xf32>) {
  %shape = "tf.Const"() {value = dense<[8, 16]> : tensor<2xi64>} : () -> tensor<2xi64>
  %t = "tf.Const"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
  %f = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %0 = "tf.BroadcastTo"(%x, %shape) : (tensor<8x16xi1>, tensor<2xi64>) -> tensor<8x16xi1>
  %1 = "tf.BroadcastTo"(%c, %shape) : (tensor<8x1xi1>, tensor<2xi64>) -> tensor<8x16xi1>
  %2 = "tf.BroadcastTo"(%t, %shape) : (tensor<i1>, tensor<2xi64>) -> tensor<8x16xi1>
  %3 = "tf.BroadcastTo"(%f, %shape) : (tensor<f32>, tensor<2xi64>) -> tensor<8x16xf32>
  return %0, %1, %2, %3 : tensor<8x16xi1>, tensor<8x16xi1>, tensor<8x16xi1>, tensor<8x16xf32>
}

// -----

// Identity permutations and transposes that undo each other fold; a transpose of a constant stays.
// CHECK-LABEL: func.func @transpose
// CHECK-DAG: %[[W:.*]] = "tf.Const"() {value = dense<1.000000e+00> : tensor<1x3x2x2xf32>}
// CHECK-DAG: %[[P:.*]] = "tf.Const"() {value = dense<[3, 0, 1, 2]> : tensor<4xi32>}
// CHECK: %[[T:.*]] = "tf.Transpose"(%[[W]], %[[P]]) : (tensor<1x3x2x2xf32>, tensor<4xi32>) -> tensor<2x1x3x2xf32>
// CHECK: return %arg0, %arg0, %[[T]]
func.func @transpose(%x: tensor<2x3xf32>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x1x3x2xf32>) {
  %id = "tf.Const"() {value = dense<[0, 1]> : tensor<2xi32>} : () -> tensor<2xi32>
  %swap = "tf.Const"() {value = dense<[1, 0]> : tensor<2xi64>} : () -> tensor<2xi64>
  %w = "tf.Const"() {value = dense<1.0> : tensor<1x3x2x2xf32>} : () -> tensor<1x3x2x2xf32>
  %p = "tf.Const"() {value = dense<[3, 0, 1, 2]> : tensor<4xi32>} : () -> tensor<4xi32>
  %0 = "tf.Transpose"(%x, %id) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %1 = "tf.Transpose"(%x, %swap) : (tensor<2x3xf32>, tensor<2xi64>) -> tensor<3x2xf32>
  %2 = "tf.Transpose"(%1, %swap) : (tensor<3x2xf32>, tensor<2xi64>) -> tensor<2x3xf32>
  %3 = "tf.Transpose"(%w, %p) : (tensor<1x3x2x2xf32>, tensor<4xi32>) -> tensor<2x1x3x2xf32>
  return %0, %2, %3 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x1x3x2xf32>
}

// -----

// Reshape to the same static type folds; sign(sign(x)) is sign(x); not(not(x)) is x; relu is idempotent.
// Identity has no folder; CheckNumerics must execute and is not removed when unused.
// CHECK-LABEL: func.func @unary
// CHECK: %[[S:.*]] = "tf.Sign"(%arg0)
// CHECK-NEXT: %[[R:.*]] = "tf.Relu"(%arg0)
// CHECK-NEXT: %[[I:.*]] = "tf.Identity"(%arg0)
// CHECK-NEXT: "tf.CheckNumerics"(%arg0) {message = "m"}
// CHECK-NEXT: return %arg0, %[[S]], %arg1, %[[R]], %[[I]]
func.func @unary(%x: tensor<2x3xf32>, %b: tensor<2xi1>) -> (tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xf32>) {
  %shape = "tf.Const"() {value = dense<[2, 3]> : tensor<2xi32>} : () -> tensor<2xi32>
  %0 = "tf.Reshape"(%x, %shape) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %1 = "tf.Sign"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = "tf.Sign"(%1) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "tf.LogicalNot"(%b) : (tensor<2xi1>) -> tensor<2xi1>
  %4 = "tf.LogicalNot"(%3) : (tensor<2xi1>) -> tensor<2xi1>
  %5 = "tf.Relu"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = "tf.Relu"(%5) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %7 = "tf.Identity"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %8 = "tf.CheckNumerics"(%x) {message = "m"} : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %9 = "tf.Snapshot"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %2, %4, %6, %7 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xf32>
}
