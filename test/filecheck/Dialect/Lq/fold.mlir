// RUN: lce-opt %s -canonicalize | FileCheck %s

// Constant Quantize packs the innermost axis (bit = x < 0, so zeros and -0.0 give +1 = bit 0);
// constant Dequantize gives +1.0 for bit 0 and -1.0 for bit 1. Unused ops are erased (Pure).

// CHECK-LABEL: func.func @quantize_rows
func.func @quantize_rows() -> (tensor<2x1xi32>, tensor<1x2xi32>, tensor<1x2xi32>) {
  %a = arith.constant dense<[[1.0, -1.0, -3.5], [-2.0, 0.0, -0.0]]> : tensor<2x3xf32>
  %b = arith.constant dense<[[0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5, 2.6, 2.7, 2.8, 2.9, 3.0, 3.1, 3.2, -3.3]]> : tensor<1x33xf32>
  %c = arith.constant dense<-7.0> : tensor<1x33xf32>
  // CHECK-DAG: arith.constant dense<{{\[}}[6], [1]]> : tensor<2x1xi32>
  // CHECK-DAG: arith.constant dense<{{\[}}[0, 1]]> : tensor<1x2xi32>
  // CHECK-DAG: arith.constant dense<{{\[}}[-1, 1]]> : tensor<1x2xi32>
  // CHECK-NOT: lq.Quantize
  %0 = "lq.Quantize"(%a) : (tensor<2x3xf32>) -> tensor<2x1xi32>
  %1 = "lq.Quantize"(%b) : (tensor<1x33xf32>) -> tensor<1x2xi32>
  %2 = "lq.Quantize"(%c) : (tensor<1x33xf32>) -> tensor<1x2xi32>
  return %0, %1, %2 : tensor<2x1xi32>, tensor<1x2xi32>, tensor<1x2xi32>
}

// CHECK-LABEL: func.func @dequantize_rows
func.func @dequantize_rows() -> tensor<2x3xf32> {
  // CHECK: %[[C:.*]] = arith.constant dense<{{\[}}[-1.000000e+00, 1.000000e+00, -1.000000e+00], [1.000000e+00, 1.000000e+00, 1.000000e+00]]> : tensor<2x3xf32>
  // CHECK-NEXT: return %[[C]]
  %w = arith.constant dense<[[5], [-2147483648]]> : tensor<2x1xi32>
  %0 = "lq.Dequantize"(%w) : (tensor<2x1xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// Not folded: non-f32 constants (as LCE), and dynamic result shapes.
// CHECK-LABEL: func.func @not_folded
func.func @not_folded(%x: tensor<?x32xf32>) -> (tensor<1x1xi32>, tensor<?x1xi32>) {
  // CHECK: "lq.Quantize"(%{{.*}}) : (tensor<1x32xf16>) -> tensor<1x1xi32>
  %h = arith.constant dense<-1.0> : tensor<1x32xf16>
  %0 = "lq.Quantize"(%h) : (tensor<1x32xf16>) -> tensor<1x1xi32>
  // CHECK: "lq.Quantize"(%arg0) : (tensor<?x32xf32>) -> tensor<?x1xi32>
  %1 = "lq.Quantize"(%x) : (tensor<?x32xf32>) -> tensor<?x1xi32>
  // CHECK-NOT: lq.Dequantize
  %d = "lq.Dequantize"(%1) : (tensor<?x1xi32>) -> tensor<?x32xf32>
  return %0, %1 : tensor<1x1xi32>, tensor<?x1xi32>
}

// A quantized Dequantize result is not folded: no constant op holds quantized elements.
// CHECK-LABEL: func.func @quantized_result
func.func @quantized_result() -> tensor<1x32x!quant.uniform<i8:f32, 0.5:-3>> {
  // CHECK: "lq.Dequantize"
  %w = arith.constant dense<[[7]]> : tensor<1x1xi32>
  %0 = "lq.Dequantize"(%w) : (tensor<1x1xi32>) -> tensor<1x32x!quant.uniform<i8:f32, 0.5:-3>>
  return %0 : tensor<1x32x!quant.uniform<i8:f32, 0.5:-3>>
}
