// RUN: lce-opt %s -mlir-setbatchsize -verify-diagnostics --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(mlir-setbatchsize))' --allow-unregistered-dialect | FileCheck %s

// Only a dynamic leading dimension of a ranked tensor argument becomes 1; other dimensions,
// other types, results and attributes are unchanged, and no shape is propagated.

// CHECK-LABEL: func.func @leading_dynamic
// CHECK-SAME: (%arg0: tensor<1x?x3xf32> {my.attr = 7 : i64}, %arg1: tensor<1xi8>, %arg2: tensor<4x?xf32>, %arg3: tensor<*xf32>, %arg4: tensor<f32>, %arg5: memref<?x4xf32>, %arg6: i32, %arg7: tensor<1x2xf16>)
// CHECK-SAME: -> (tensor<?x?x3xf32> {my.res})
// CHECK-SAME: attributes {my.func}
func.func @leading_dynamic(%a: tensor<?x?x3xf32> {my.attr = 7}, %b: tensor<?xi8>, %c: tensor<4x?xf32>, %d: tensor<*xf32>, %e: tensor<f32>, %f: memref<?x4xf32>, %g: i32, %h: tensor<1x2xf16>) -> (tensor<?x?x3xf32> {my.res}) attributes {my.func} {
  // CHECK-NEXT: %[[C:.*]] = "foo.use"(%arg0) : (tensor<1x?x3xf32>) -> tensor<?x?x3xf32>
  %0 = "foo.use"(%a) : (tensor<?x?x3xf32>) -> tensor<?x?x3xf32>
  // CHECK-NEXT: return %[[C]] : tensor<?x?x3xf32>
  return %0 : tensor<?x?x3xf32>
}

// A declaration has no body; its signature changes all the same.
// CHECK-LABEL: func.func private @declaration(tensor<1x5xi32>, tensor<5x?xi32>) -> tensor<?x5xi32>
func.func private @declaration(tensor<?x5xi32>, tensor<5x?xi32>) -> tensor<?x5xi32>

// CHECK-LABEL: func.func @nothing_to_do(%arg0: tensor<2x6xf32>) -> tensor<2x6xf32>
func.func @nothing_to_do(%a: tensor<2x6xf32>) -> tensor<2x6xf32> {
  return %a : tensor<2x6xf32>
}
