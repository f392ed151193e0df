// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

!q = !quant.uniform<i8:f32, 2.0:10>

// CHECK-LABEL: func.func @casts
func.func @casts(%f: f32, %t: tensor<2x?xf32>, %u: tensor<*xf32>, %i: tensor<4xi8>) -> (f32, tensor<2x?xf32>, tensor<*xi8>, tensor<4xi8>) {
  // CHECK: %0 = quant.qcast %arg0 : f32 to !quant.uniform<i8:f32, 2.000000e+00:10>
  // CHECK-NEXT: %1 = quant.dcast %0 : !quant.uniform<i8:f32, 2.000000e+00:10> to f32
  // GENERIC: %0 = "quant.qcast"(%arg0) : (f32) -> !quant.uniform<i8:f32, 2.000000e+00:10>
  // GENERIC-NEXT: %1 = "quant.dcast"(%0) : (!quant.uniform<i8:f32, 2.000000e+00:10>) -> f32
  %0 = quant.qcast %f : f32 to !q
  %1 = quant.dcast %0 : !q to f32
  // CHECK-NEXT: %2 = quant.qcast %arg1 {note = 1 : i32} : tensor<2x?xf32> to tensor<2x?x!quant.uniform<i8:f32:0, {1.000000e+00,2.000000e+00}>>
  // GENERIC-NEXT: %2 = "quant.qcast"(%arg1) {note = 1 : i32} : (tensor<2x?xf32>) -> tensor<2x?x!quant.uniform<i8:f32:0, {1.000000e+00,2.000000e+00}>>
  %2 = quant.qcast %t {note = 1 : i32} : tensor<2x?xf32> to tensor<2x?x!quant.uniform<i8:f32:0, {1.0, 2.0}>>
  %3 = quant.dcast %2 : tensor<2x?x!quant.uniform<i8:f32:0, {1.0, 2.0}>> to tensor<2x?xf32>
  // CHECK: quant.scast %{{.*}} : tensor<*x!quant.uniform<i8:f32, 2.000000e+00:10>> to tensor<*xi8>
  %4 = quant.qcast %u : tensor<*xf32> to tensor<*x!q>
  %5 = quant.scast %4 : tensor<*x!q> to tensor<*xi8>
  // CHECK: quant.scast %arg3 : tensor<4xi8> to tensor<4x!quant.uniform<i8:f32:{0:2}, {1.000000e+00, 2.000000e+00}>>
  %6 = quant.scast %i : tensor<4xi8> to tensor<4x!quant.uniform<i8:f32:{0:2}, {1.0, 2.0}>>
  %7 = quant.scast %6 : tensor<4x!quant.uniform<i8:f32:{0:2}, {1.0, 2.0}>> to tensor<4xi8>
  return %1, %3, %5, %7 : f32, tensor<2x?xf32>, tensor<*xi8>, tensor<4xi8>
}
