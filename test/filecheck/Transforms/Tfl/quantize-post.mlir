// RUN: lce-opt %s -tfl-post-quantize -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-post-quantize=emit-quant-adaptor-ops=true -verify-diagnostics | FileCheck %s --check-prefix=ADAPTORS

// Without adaptor ops the function takes and returns the quantized tensors; with them (LCE's
// setting for a float inference input type) the quantize and dequantize stay.
// CHECK-LABEL: func.func @adaptors(%arg0: tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>) -> tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%arg0)
// CHECK-NEXT: return %[[R]]
// ADAPTORS-LABEL: func.func @adaptors(%arg0: tensor<4xf32>) -> tensor<4xf32>
// ADAPTORS-NEXT: "tfl.quantize"(%arg0)
// ADAPTORS-NEXT: "tfl.relu"
// ADAPTORS-NEXT: "tfl.dequantize"

// A requantize of an add's only use is folded into the add, with a warning.
// CHECK-LABEL: func.func @trivial_requantize
// CHECK-NEXT: %[[A:.*]] = tfl.add(%arg0, %arg1) {{.*}} -> tensor<4x!quant.uniform<i8:f32, 3.000000e-01:2>>
// CHECK-NEXT: return %[[A]]

// A same-scale op (relu) must keep its input's parameters, so its requantize stays.
// CHECK-LABEL: func.func @shared_scale_keeps_requantize
// CHECK-NEXT: %[[R:.*]] = "tfl.relu"(%arg0) : {{.*}} -> tensor<4x!quant.uniform<i8:f32, 1.000000e-01>>
// CHECK-NEXT: %[[Q:.*]] = "tfl.quantize"(%[[R]])
// CHECK-NEXT: return %[[Q]]

func.func @adaptors(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %q = "tfl.quantize"(%arg0) {qtype = tensor<4x!quant.uniform<i8:f32, 0.1>>} : (tensor<4xf32>) -> tensor<4x!quant.uniform<i8:f32, 0.1>>
  %r = "tfl.relu"(%q) : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.1>>
  %d = "tfl.dequantize"(%r) : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4xf32>
  return %d : tensor<4xf32>
}

func.func @trivial_requantize(%arg0: tensor<4x!quant.uniform<i8:f32, 0.1>>, %arg1: tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.3:2>> {
  %a = tfl.add %arg0, %arg1 {fused_activation_function = "NONE"} : tensor<4x!quant.uniform<i8:f32, 0.1>>
  // expected-warning@+1 {{Remove trivial `rescale` op. Please fix the source graph.}}
  %r = "tfl.quantize"(%a) {qtype = tensor<4x!quant.uniform<i8:f32, 0.3:2>>} : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.3:2>>
  return %r : tensor<4x!quant.uniform<i8:f32, 0.3:2>>
}

func.func @shared_scale_keeps_requantize(%arg0: tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.3:2>> {
  %a = "tfl.relu"(%arg0) : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.1>>
  %r = "tfl.quantize"(%a) {qtype = tensor<4x!quant.uniform<i8:f32, 0.3:2>>} : (tensor<4x!quant.uniform<i8:f32, 0.1>>) -> tensor<4x!quant.uniform<i8:f32, 0.3:2>>
  return %r : tensor<4x!quant.uniform<i8:f32, 0.3:2>>
}
