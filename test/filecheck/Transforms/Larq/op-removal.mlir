// RUN: lce-opt %s -lce-op-removal-tf -split-input-file -verify-diagnostics | FileCheck %s

// Statically shaped dense tf.Const becomes arith.constant (numbers, booleans and strings);
// an unranked or dynamically shaped result, or a non-dense value, stays tf.Const.

// CHECK-LABEL: func.func @constants
func.func @constants() -> (tensor<2x2xi1>, tensor<3xi64>, tensor<2x!tf_type.string>, tensor<*xf32>, tensor<f16>) {
  // CHECK-DAG: arith.constant dense<{{\[}}[true, false], [false, true]]> : tensor<2x2xi1>
  // CHECK-DAG: arith.constant dense<[7, -8, 9]> : tensor<3xi64>
  // CHECK-DAG: arith.constant dense<["a", "bc"]> : tensor<2x!tf_type.string>
  // CHECK-DAG: "tf.Const"() {value = dense<1.000000e+00> : tensor<2xf32>} : () -> tensor<*xf32>
  // CHECK-DAG: arith.constant dense<-2.500000e+00> : tensor<f16>
  %0 = "tf.Const"() {value = dense<[[true, false], [false, true]]> : tensor<2x2xi1>} : () -> tensor<2x2xi1>
  %1 = "tf.Const"() {value = dense<[7, -8, 9]> : tensor<3xi64>} : () -> tensor<3xi64>
  %2 = "tf.Const"() {value = dense<["a", "bc"]> : tensor<2x!tf_type.string>} : () -> tensor<2x!tf_type.string>
  %3 = "tf.Const"() {value = dense<1.0> : tensor<2xf32>} : () -> tensor<*xf32>
  %4 = "tf.Const"() {value = dense<-2.5> : tensor<f16>} : () -> tensor<f16>
  // CHECK-NOT: tf.Const
  return %0, %1, %2, %3, %4 : tensor<2x2xi1>, tensor<3xi64>, tensor<2x!tf_type.string>, tensor<*xf32>, tensor<f16>
}

// -----

// Pass-through ops in a chain disappear; their consumers use the original value.
// CHECK-LABEL: func.func @chain
// CHECK-SAME: (%[[X:.*]]: tensor<?x4xbf16>)
func.func @chain(%x: tensor<?x4xbf16>) -> tensor<?x4xbf16> {
  %0 = "tf.CheckNumerics"(%x) {message = "NaN found"} : (tensor<?x4xbf16>) -> tensor<?x4xbf16>
  %1 = "tf.Snapshot"(%0) : (tensor<?x4xbf16>) -> tensor<?x4xbf16>
  %2 = "tf.StopGradient"(%1) : (tensor<?x4xbf16>) -> tensor<?x4xbf16>
  %3 = "tf.PlaceholderWithDefault"(%2) : (tensor<?x4xbf16>) -> tensor<?x4xbf16>
  %4 = "tf.Identity"(%3) : (tensor<?x4xbf16>) -> tensor<?x4xbf16>
  // CHECK-NEXT: %[[Y:.*]] = "tf.Relu"(%[[X]])
  %5 = "tf.Relu"(%4) : (tensor<?x4xbf16>) -> tensor<?x4xbf16>
  // CHECK-NEXT: return %[[Y]]
  return %5 : tensor<?x4xbf16>
}

// -----

// Every IdentityN result is replaced by the matching operand.
// CHECK-LABEL: func.func @identity_n
func.func @identity_n(%a: tensor<i32>, %b: tensor<2xf32>, %c: tensor<*xi1>) -> (tensor<*xi1>, tensor<i32>, tensor<2xf32>) {
  %0:3 = "tf.IdentityN"(%a, %b, %c) : (tensor<i32>, tensor<2xf32>, tensor<*xi1>) -> (tensor<i32>, tensor<2xf32>, tensor<*xi1>)
  // CHECK-NEXT: return %arg2, %arg0, %arg1
  return %0#2, %0#0, %0#1 : tensor<*xi1>, tensor<i32>, tensor<2xf32>
}

// -----

// Other ops are untouched, and unused results of removed ops leave nothing behind.
// CHECK-LABEL: func.func @untouched
func.func @untouched(%a: tensor<3xf32>) -> tensor<3xf32> {
  %unused = "tf.Snapshot"(%a) : (tensor<3xf32>) -> tensor<3xf32>
  // CHECK-NEXT: %[[S:.*]] = "tf.Sign"(%arg0)
  %0 = "tf.Sign"(%a) : (tensor<3xf32>) -> tensor<3xf32>
  // CHECK-NEXT: return %[[S]]
  return %0 : tensor<3xf32>
}
