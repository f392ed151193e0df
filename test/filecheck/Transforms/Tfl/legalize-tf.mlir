// RUN: lce-opt %s -tfl-legalize-tf | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(tfl-legalize-tf))' | FileCheck %s

// TF -> TFL legalization of single ops: each tfl op takes the tf op's result type and gets
// `fused_activation_function = "NONE"` where it has one. Ops whose tfl form the TFLite runtime
// does not support (runtime verification) or that have no pattern stay as they are.

// CHECK-LABEL: func.func @constants
func.func @constants() -> (tensor<3xi16>, tensor<?xf32>, tensor<*xi8>, tensor<1x!tf_type.string>) {
  // A statically shaped dense constant becomes arith.constant; others keep their result type in tfl.pseudo_const.
  // CHECK-NEXT: %[[A:.*]] = arith.constant dense<[1, -2, 3]> : tensor<3xi16>
  // CHECK-NEXT: %[[B:.*]] = "tfl.pseudo_const"() {value = dense<[5.000000e-01, 2.500000e-01]> : tensor<2xf32>} : () -> tensor<?xf32>
  // CHECK-NEXT: %[[C:.*]] = "tfl.pseudo_const"() {value = dense<7> : tensor<4xi8>} : () -> tensor<*xi8>
  // CHECK-NEXT: %[[D:.*]] = arith.constant dense<"q"> : tensor<1x!tf_type.string>
  // CHECK-NEXT: return %[[A]], %[[B]], %[[C]], %[[D]]
  %0 = "tf.Const"() {value = dense<[1, -2, 3]> : tensor<3xi16>} : () -> tensor<3xi16>
  %1 = "tf.Const"() {value = dense<[0.5, 0.25]> : tensor<2xf32>} : () -> tensor<?xf32>
  %2 = "tf.Const"() {value = dense<7> : tensor<4xi8>} : () -> tensor<*xi8>
  %3 = "tf.Const"() {value = dense<"q"> : tensor<1x!tf_type.string>} : () -> tensor<1x!tf_type.string>
  return %0, %1, %2, %3 : tensor<3xi16>, tensor<?xf32>, tensor<*xi8>, tensor<1x!tf_type.string>
}

// CHECK-LABEL: func.func @arithmetic
func.func @arithmetic(%a: tensor<2x5xf32>, %b: tensor<5xf32>, %i: tensor<3xi32>, %s: tensor<i32>) -> (tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>, tensor<3xi32>, tensor<3xi32>) {
  // CHECK-NEXT: %[[ADD:.*]] = tfl.add(%arg0, %arg1) {fused_activation_function = "NONE"} : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  // CHECK-NEXT: %[[SUB:.*]] = tfl.sub(%[[ADD]], %arg1) {fused_activation_function = "NONE"} : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  // CHECK-NEXT: %[[MUL:.*]] = tfl.mul %[[SUB]], %arg0 {fused_activation_function = "NONE"} : tensor<2x5xf32>
  // CHECK-NEXT: %[[DIV:.*]] = tfl.div(%[[MUL]], %arg1) {fused_activation_function = "NONE"} : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  // CHECK-NEXT: %[[RDIV:.*]] = tfl.div %[[DIV]], %arg0 {fused_activation_function = "NONE"} : tensor<2x5xf32>
  // CHECK-NEXT: %[[ISUB:.*]] = tfl.sub(%arg2, %arg3) {fused_activation_function = "NONE"} : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  // CHECK-NEXT: %[[IDIV:.*]] = tfl.div(%[[ISUB]], %arg3) {fused_activation_function = "NONE"} : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  // CHECK-NEXT: return %[[ADD]], %[[SUB]], %[[MUL]], %[[DIV]], %[[RDIV]], %[[ISUB]], %[[IDIV]]
  %0 = "tf.AddV2"(%a, %b) : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  %1 = "tf.Sub"(%0, %b) : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  %2 = "tf.Mul"(%1, %a) : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
  %3 = "tf.Div"(%2, %b) : (tensor<2x5xf32>, tensor<5xf32>) -> tensor<2x5xf32>
  %4 = "tf.RealDiv"(%3, %a) : (tensor<2x5xf32>, tensor<2x5xf32>) -> tensor<2x5xf32>
  %5 = "tf.Sub"(%i, %s) : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  %6 = "tf.Div"(%5, %s) : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>, tensor<2x5xf32>, tensor<3xi32>, tensor<3xi32>
}

// Element types the TFLite kernels lack keep the tf op: f64 anywhere, i16 sub, i64 div;
// i16 add and mul have kernels.
// CHECK-LABEL: func.func @arithmetic_unsupported_types
func.func @arithmetic_unsupported_types(%d: tensor<4xf64>, %h: tensor<4xi16>, %l: tensor<4xi64>) -> (tensor<4xf64>, tensor<4xi16>, tensor<4xi16>, tensor<4xi16>, tensor<4xi64>, tensor<4xi64>) {
  // CHECK-NEXT: %[[D:.*]] = "tf.AddV2"(%arg0, %arg0) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
  // CHECK-NEXT: %[[HS:.*]] = "tf.Sub"(%arg1, %arg1) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  // CHECK-NEXT: %[[HA:.*]] = tfl.add %arg1, %arg1 {fused_activation_function = "NONE"} : tensor<4xi16>
  // CHECK-NEXT: %[[HM:.*]] = tfl.mul %arg1, %arg1 {fused_activation_function = "NONE"} : tensor<4xi16>
  // CHECK-NEXT: %[[LD:.*]] = "tf.Div"(%arg2, %arg2) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  // CHECK-NEXT: %[[LM:.*]] = tfl.mul %arg2, %arg2 {fused_activation_function = "NONE"} : tensor<4xi64>
  %0 = "tf.AddV2"(%d, %d) : (tensor<4xf64>, tensor<4xf64>) -> tensor<4xf64>
  %1 = "tf.Sub"(%h, %h) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  %2 = "tf.AddV2"(%h, %h) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  %3 = "tf.Mul"(%h, %h) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi16>
  %4 = "tf.Div"(%l, %l) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  %5 = "tf.Mul"(%l, %l) : (tensor<4xi64>, tensor<4xi64>) -> tensor<4xi64>
  return %0, %1, %2, %3, %4, %5 : tensor<4xf64>, tensor<4xi16>, tensor<4xi16>, tensor<4xi16>, tensor<4xi64>, tensor<4xi64>
}

// CHECK-LABEL: func.func @comparisons
func.func @comparisons(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<4xi32>, %u: tensor<4xui8>, %h: tensor<4xi16>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>) {
  // CHECK-NEXT: %[[GE:.*]] = tfl.greater_equal(%arg0, %arg1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK-NEXT: %[[LE:.*]] = tfl.less_equal(%arg0, %arg1) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  // CHECK-NEXT: %[[G:.*]] = tfl.greater(%arg2, %arg2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // CHECK-NEXT: %[[L:.*]] = tfl.less(%arg2, %arg2) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  // ui8 and i16 have no greater_equal/less_equal kernel (i16 does for less).
  // CHECK-NEXT: %[[UGE:.*]] = "tf.GreaterEqual"(%arg3, %arg3) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  // CHECK-NEXT: %[[HLE:.*]] = "tf.LessEqual"(%arg4, %arg4) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi1>
  // CHECK-NEXT: %[[HL:.*]] = tfl.less(%arg4, %arg4) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi1>
  %0 = "tf.GreaterEqual"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %1 = "tf.LessEqual"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xi1>
  %2 = "tf.Greater"(%i, %i) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %3 = "tf.Less"(%i, %i) : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
  %4 = "tf.GreaterEqual"(%u, %u) : (tensor<4xui8>, tensor<4xui8>) -> tensor<4xi1>
  %5 = "tf.LessEqual"(%h, %h) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi1>
  %6 = "tf.Less"(%h, %h) : (tensor<4xi16>, tensor<4xi16>) -> tensor<4xi1>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>, tensor<4xi1>
}

// CHECK-LABEL: func.func @activations
func.func @activations(%f: tensor<2x7xf32>, %i: tensor<3xi32>, %l: tensor<1x2xi64>, %h: tensor<5xf16>) -> (tensor<2x7xf32>, tensor<3xi32>, tensor<1x2xi64>, tensor<5xf16>, tensor<2x7xf32>, tensor<3xi32>, tensor<2x7xf32>, tensor<2x7xf32>, tensor<5xf16>, tensor<2x7xf32>) {
  // CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%arg0) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  // Integer relu is max(x, 0): tfl.relu has no integer kernel.
  // CHECK-NEXT: %[[Z32:.*]] = arith.constant dense<0> : tensor<i32>
  // CHECK-NEXT: %[[RI:.*]] = "tfl.maximum"(%arg1, %[[Z32]]) : (tensor<3xi32>, tensor<i32>) -> tensor<3xi32>
  // CHECK-NEXT: %[[Z64:.*]] = arith.constant dense<0> : tensor<i64>
  // CHECK-NEXT: %[[RL:.*]] = "tfl.maximum"(%arg2, %[[Z64]]) : (tensor<1x2xi64>, tensor<i64>) -> tensor<1x2xi64>
  // CHECK-NEXT: %[[RH:.*]] = "tf.Relu"(%arg3) : (tensor<5xf16>) -> tensor<5xf16>
  // CHECK-NEXT: %[[R6:.*]] = "tfl.relu6"(%arg0) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  // CHECK-NEXT: %[[R6I:.*]] = "tf.Relu6"(%arg1) : (tensor<3xi32>) -> tensor<3xi32>
  // CHECK-NEXT: %[[T:.*]] = "tfl.tanh"(%arg0) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  // CHECK-NEXT: %[[S:.*]] = "tfl.logistic"(%arg0) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  // CHECK-NEXT: %[[SH:.*]] = "tf.Sigmoid"(%arg3) : (tensor<5xf16>) -> tensor<5xf16>
  // CHECK-NEXT: %[[SM:.*]] = "tfl.softmax"(%arg0) {beta = 1.000000e+00 : f32} : (tensor<2x7xf32>) -> tensor<2x7xf32>
  // CHECK-NEXT: return %[[R]], %[[RI]], %[[RL]], %[[RH]], %[[R6]], %[[R6I]], %[[T]], %[[S]], %[[SH]], %[[SM]]
  %0 = "tf.Relu"(%f) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  %1 = "tf.Relu"(%i) : (tensor<3xi32>) -> tensor<3xi32>
  %2 = "tf.Relu"(%l) : (tensor<1x2xi64>) -> tensor<1x2xi64>
  %3 = "tf.Relu"(%h) : (tensor<5xf16>) -> tensor<5xf16>
  %4 = "tf.Relu6"(%f) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  %5 = "tf.Relu6"(%i) : (tensor<3xi32>) -> tensor<3xi32>
  %6 = "tf.Tanh"(%f) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  %7 = "tf.Sigmoid"(%f) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  %8 = "tf.Sigmoid"(%h) : (tensor<5xf16>) -> tensor<5xf16>
  %9 = "tf.Softmax"(%f) : (tensor<2x7xf32>) -> tensor<2x7xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9 : tensor<2x7xf32>, tensor<3xi32>, tensor<1x2xi64>, tensor<5xf16>, tensor<2x7xf32>, tensor<3xi32>, tensor<2x7xf32>, tensor<2x7xf32>, tensor<5xf16>, tensor<2x7xf32>
}

// CHECK-LABEL: func.func @sign_and_select
func.func @sign_and_select(%x: tensor<2x3xf32>, %c: tensor<2x3xi1>, %cb: tensor<3xi1>, %n: tensor<4xi64>, %s: tensor<f32>, %c1: tensor<2xi1>) -> (tensor<2x3xf32>, tensor<4xi64>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>) {
  // CHECK-NEXT: %[[S:.*]] = "tfl.sign"(%arg0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %[[SL:.*]] = "tf.Sign"(%arg3) : (tensor<4xi64>) -> tensor<4xi64>
  // Identical static shapes make a plain select; anything else broadcasts with select_v2.
  // CHECK-NEXT: %[[SEL:.*]] = "tfl.select"(%arg1, %arg0, %[[S]]) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %[[V2A:.*]] = "tfl.select_v2"(%arg2, %arg0, %[[S]]) : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %[[V2B:.*]] = "tfl.select_v2"(%arg1, %arg4, %arg0) : (tensor<2x3xi1>, tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // tf.Select (a rank-1 condition selects along the first dimension) is tfl.select.
  // CHECK-NEXT: %[[V1:.*]] = "tfl.select"(%arg5, %arg0, %[[S]]) : (tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: return %[[S]], %[[SL]], %[[SEL]], %[[V2A]], %[[V2B]], %[[V1]]
  %0 = "tf.Sign"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "tf.Sign"(%n) : (tensor<4xi64>) -> tensor<4xi64>
  %2 = "tf.SelectV2"(%c, %x, %0) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "tf.SelectV2"(%cb, %x, %0) : (tensor<3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "tf.SelectV2"(%c, %s, %x) : (tensor<2x3xi1>, tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %5 = "tf.Select"(%c1, %x, %0) : (tensor<2xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5 : tensor<2x3xf32>, tensor<4xi64>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>
}

// CHECK-LABEL: func.func @cast
func.func @cast(%x: tensor<2x?xf32>, %b: tensor<3xi1>) -> (tensor<2x?xi32>, tensor<3xf32>, tensor<2x?xbf16>) {
  // CHECK-NEXT: %[[A:.*]] = "tfl.cast"(%arg0) : (tensor<2x?xf32>) -> tensor<2x?xi32>
  // CHECK-NEXT: %[[B:.*]] = "tfl.cast"(%arg1) : (tensor<3xi1>) -> tensor<3xf32>
  // TFLite cannot cast to bf16.
  // CHECK-NEXT: %[[C:.*]] = "tf.Cast"(%arg0) {Truncate = true} : (tensor<2x?xf32>) -> tensor<2x?xbf16>
  // CHECK-NEXT: return %[[A]], %[[B]], %[[C]]
  %0 = "tf.Cast"(%x) : (tensor<2x?xf32>) -> tensor<2x?xi32>
  %1 = "tf.Cast"(%b) {Truncate = false} : (tensor<3xi1>) -> tensor<3xf32>
  %2 = "tf.Cast"(%x) {Truncate = true} : (tensor<2x?xf32>) -> tensor<2x?xbf16>
  return %0, %1, %2 : tensor<2x?xi32>, tensor<3xf32>, tensor<2x?xbf16>
}

// Identity has no TFL pattern (LCE's op-removal pass removes it).
// CHECK-LABEL: func.func @identity
func.func @identity(%x: tensor<3xf32>) -> tensor<3xf32> {
  // CHECK-NEXT: %[[I:.*]] = "tf.Identity"(%arg0) : (tensor<3xf32>) -> tensor<3xf32>
  // CHECK-NEXT: return %[[I]]
  %0 = "tf.Identity"(%x) : (tensor<3xf32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}
