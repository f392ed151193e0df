// RUN: lce-opt %s -split-input-file -verify-diagnostics -tfl-legalize-tf | FileCheck %s
// RUN: lce-opt %s -split-input-file --pass-pipeline='builtin.module(func.func(tfl-legalize-tf{run-tfl-runtime-verification=false preserve-assert-op=true}))' | FileCheck %s --check-prefix=NOVERIFY

// A tfl op already in the input that the TFLite runtime cannot run is illegal with runtime
// verification and nothing legalizes it: the pass fails. Without verification it is fine.
func.func @illegal_tfl_op(%a: tensor<3xf64>) -> tensor<3xf64> {
  // expected-error@+1 {{failed to legalize operation 'tfl.add' that was explicitly marked illegal}}
  %0 = tfl.add %a, %a {fused_activation_function = "NONE"} : tensor<3xf64>
  return %0 : tensor<3xf64>
}
// NOVERIFY-LABEL: func.func @illegal_tfl_op
// NOVERIFY-NEXT: tfl.add %arg0, %arg0 {fused_activation_function = "NONE"} : tensor<3xf64>

// -----

// Without runtime verification every pattern's tfl op is accepted, supported types or not.
// CHECK-LABEL: func.func @unsupported_types
// CHECK-NEXT: "tf.AddV2"(%arg0, %arg0)
// CHECK-NEXT: "tf.Relu"(%arg1)
// NOVERIFY-LABEL: func.func @unsupported_types
// NOVERIFY-NEXT: %[[A:.*]] = tfl.add %arg0, %arg0 {fused_activation_function = "NONE"} : tensor<3xf64>
// NOVERIFY-NEXT: %[[R:.*]] = "tfl.relu"(%arg1) : (tensor<2xf16>) -> tensor<2xf16>
func.func @unsupported_types(%a: tensor<3xf64>, %h: tensor<2xf16>) -> (tensor<3xf64>, tensor<2xf16>) {
  %0 = "tf.AddV2"(%a, %a) : (tensor<3xf64>, tensor<3xf64>) -> tensor<3xf64>
  %1 = "tf.Relu"(%h) : (tensor<2xf16>) -> tensor<2xf16>
  return %0, %1 : tensor<3xf64>, tensor<2xf16>
}

// -----

// TFLite has no Assert: it is dropped unless preserve-assert-op is set.
// CHECK-LABEL: func.func @assert
// CHECK-NEXT: return
// NOVERIFY-LABEL: func.func @assert
// NOVERIFY-NEXT: "tf.Assert"(%arg0, %arg1) {summarize = 3 : i64} : (tensor<i1>, tensor<2xf32>) -> ()
// NOVERIFY-NEXT: return
func.func @assert(%c: tensor<i1>, %d: tensor<2xf32>) {
  "tf.Assert"(%c, %d) {summarize = 3 : i64} : (tensor<i1>, tensor<2xf32>) -> ()
  return
}
