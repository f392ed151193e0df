// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// tfl ops TF legalization creates besides those in ops.mlir: greater/less print in TF's
// one-result syntax, the others in generic form.
// CHECK-LABEL: func.func @ops
func.func @ops(%x: tensor<2x3xf32>, %c: tensor<2x3xi1>, %s: tensor<f32>, %i: tensor<2x3xi32>, %z: tensor<i32>, %shape: tensor<3xi64>) -> (tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>, tensor<4x2x3xf32>) {
  // CHECK-NEXT: %0 = tfl.greater(%arg0, %arg0) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  // CHECK-NEXT: %1 = tfl.less(%arg0, %arg2) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  // CHECK-NEXT: %2 = "tfl.select"(%arg1, %arg0, %arg0) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %3 = "tfl.select_v2"(%arg1, %arg2, %arg0) : (tensor<2x3xi1>, tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %4 = "tfl.maximum"(%arg3, %arg4) : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  // CHECK-NEXT: %5 = "tfl.sign"(%arg0) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %6 = "tfl.broadcast_to"(%arg0, %arg5) : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<4x2x3xf32>
  %0 = "tfl.greater"(%x, %x) : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xi1>
  %1 = tfl.less(%x, %s) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xi1>
  %2 = "tfl.select"(%c, %x, %x) : (tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "tfl.select_v2"(%c, %s, %x) : (tensor<2x3xi1>, tensor<f32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "tfl.maximum"(%i, %z) : (tensor<2x3xi32>, tensor<i32>) -> tensor<2x3xi32>
  %5 = "tfl.sign"(%x) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %6 = "tfl.broadcast_to"(%x, %shape) : (tensor<2x3xf32>, tensor<3xi64>) -> tensor<4x2x3xf32>
  // CHECK-NEXT: %7 = "tfl.cast"(%arg3) : (tensor<2x3xi32>) -> tensor<2x3xf32>
  %7 = "tfl.cast"(%i) : (tensor<2x3xi32>) -> tensor<2x3xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<2x3xi1>, tensor<2x3xi1>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xi32>, tensor<2x3xf32>, tensor<4x2x3xf32>
}

// Casts of integer constants fold like C casts (extension by the input's signedness,
// truncation); from or to i1 they test for non-zero; same-type casts fold away.
// RUN: lce-opt %s -canonicalize | FileCheck %s --check-prefix=FOLD
// FOLD-LABEL: func.func @cast_folds
// FOLD-DAG: %[[A:.*]] = arith.constant dense<[-1, 44, -128]> : tensor<3xi8>
// FOLD-DAG: %[[B:.*]] = arith.constant dense<[255, 44, 128]> : tensor<3xi32>
// FOLD-DAG: %[[S:.*]] = arith.constant dense<[-1, 300, -128]> : tensor<3xi32>
// FOLD-DAG: %[[C:.*]] = arith.constant dense<true> : tensor<3xi1>
// FOLD-DAG: %[[D:.*]] = arith.constant dense<[1, 0]> : tensor<2xi64>
// FOLD-DAG: %[[F:.*]] = "tfl.cast"(%{{.*}}) : (tensor<3xi32>) -> tensor<3xf32>
// FOLD: return %[[A]], %[[B]], %[[S]], %[[C]], %[[D]], %arg0, %[[F]]
func.func @cast_folds(%x: tensor<3xi32>) -> (tensor<3xi8>, tensor<3xi32>, tensor<3xi32>, tensor<3xi1>, tensor<2xi64>, tensor<3xi32>, tensor<3xf32>) {
  %i = arith.constant dense<[255, 300, -128]> : tensor<3xi32>
  %u = arith.constant dense<[255, 44, 128]> : tensor<3xui8>
  %s = arith.constant dense<[-1, 300, -128]> : tensor<3xi16>
  %b = arith.constant dense<[true, false]> : tensor<2xi1>
  %0 = "tfl.cast"(%i) : (tensor<3xi32>) -> tensor<3xi8>
  %1 = "tfl.cast"(%u) : (tensor<3xui8>) -> tensor<3xi32>
  %2 = "tfl.cast"(%s) : (tensor<3xi16>) -> tensor<3xi32>
  %3 = "tfl.cast"(%i) : (tensor<3xi32>) -> tensor<3xi1>
  %4 = "tfl.cast"(%b) : (tensor<2xi1>) -> tensor<2xi64>
  %5 = "tfl.cast"(%x) : (tensor<3xi32>) -> tensor<3xi32>
  %6 = "tfl.cast"(%i) : (tensor<3xi32>) -> tensor<3xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<3xi8>, tensor<3xi32>, tensor<3xi32>, tensor<3xi1>, tensor<2xi64>, tensor<3xi32>, tensor<3xf32>
}
