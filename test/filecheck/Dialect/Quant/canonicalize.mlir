// RUN: lce-opt %s -canonicalize -split-input-file | FileCheck %s

// Inverse cast pairs fold away.
// CHECK-LABEL: func.func @inverse_pairs
// CHECK-SAME: (%[[F:.*]]: tensor<4xf32>, %[[I:.*]]: tensor<4xi8>)
// CHECK-NEXT: return %[[F]], %[[I]]
func.func @inverse_pairs(%f: tensor<4xf32>, %i: tensor<4xi8>) -> (tensor<4xf32>, tensor<4xi8>) {
  %0 = quant.qcast %f : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 0.5>>
  %1 = quant.dcast %0 : tensor<4x!quant.uniform<i8:f32, 0.5>> to tensor<4xf32>
  %2 = quant.scast %i : tensor<4xi8> to tensor<4x!quant.uniform<i8:f32, 0.5>>
  %3 = quant.scast %2 : tensor<4x!quant.uniform<i8:f32, 0.5>> to tensor<4xi8>
  return %1, %3 : tensor<4xf32>, tensor<4xi8>
}

// -----

// A requantization (dcast then qcast to other parameters) is kept; one to the same type folds.
// CHECK-LABEL: func.func @requantize
// CHECK-SAME: (%[[Q:.*]]: !quant.uniform<i8:f32, 5.000000e-01>)
// CHECK-NEXT: %[[D:.*]] = quant.dcast %[[Q]]
// CHECK-NEXT: %[[R:.*]] = quant.qcast %[[D]] : f32 to !quant.uniform<i8:f32, 2.500000e-01>
// CHECK-NEXT: return %[[R]], %[[Q]]
func.func @requantize(%q: !quant.uniform<i8:f32, 0.5>) -> (!quant.uniform<i8:f32, 0.25>, !quant.uniform<i8:f32, 0.5>) {
  %0 = quant.dcast %q : !quant.uniform<i8:f32, 0.5> to f32
  %1 = quant.qcast %0 : f32 to !quant.uniform<i8:f32, 0.25>
  %2 = quant.qcast %0 : f32 to !quant.uniform<i8:f32, 0.5>
  return %1, %2 : !quant.uniform<i8:f32, 0.25>, !quant.uniform<i8:f32, 0.5>
}
