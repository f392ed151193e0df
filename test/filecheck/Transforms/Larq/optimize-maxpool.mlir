// RUN: lce-opt %s -tfl-optimize-lce=target=arm -verify-diagnostics | FileCheck %s --check-prefixes CHECK,ARM
// RUN: lce-opt %s -tfl-optimize-lce -verify-diagnostics | FileCheck %s --check-prefixes CHECK,ARM
// RUN: lce-opt %s -tfl-optimize-lce=target=xcore -verify-diagnostics | FileCheck %s --check-prefixes CHECK,XCORE

// On arm (the default target), Quantize(max_pool_2d(x)) becomes BMaxPool2d(Quantize(x)): the
// max of ±1 values is the AND of their packed bits. xcore has no binary max-pool and keeps
// the float pool. The inner Quantize packs x's channels into ceil(C/32) words.

// CHECK-LABEL: func.func @pool_1_channel
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<2x9x9x1xf32>) -> tensor<2x9x9x1xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0) <{filter_height = 2 : i32, filter_width = 3 : i32, padding = "VALID", stride_height = 2 : i32, stride_width = 1 : i32}> : (tensor<2x9x9x1xi32>) -> tensor<2x4x7x1xi32>
// ARM-NEXT: return %1
// XCORE-NEXT: %0 = "tfl.max_pool_2d"(%arg0)
// XCORE-NEXT: %1 = "lq.Quantize"(%0)
// XCORE-NEXT: return %1
func.func @pool_1_channel(%arg0: tensor<2x9x9x1xf32>) -> tensor<2x4x7x1xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 3 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 1 : i32} : (tensor<2x9x9x1xf32>) -> tensor<2x4x7x1xf32>
  %1 = "lq.Quantize"(%0) : (tensor<2x4x7x1xf32>) -> tensor<2x4x7x1xi32>
  return %1 : tensor<2x4x7x1xi32>
}

// CHECK-LABEL: func.func @pool_31_channels
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x4x4x31xf32>) -> tensor<1x4x4x1xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0) <{filter_height = 2 : i32, filter_width = 2 : i32, padding = "SAME", stride_height = 2 : i32, stride_width = 2 : i32}> : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
// XCORE-NEXT: "tfl.max_pool_2d"
func.func @pool_31_channels(%arg0: tensor<1x4x4x31xf32>) -> tensor<1x2x2x1xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x31xf32>) -> tensor<1x2x2x31xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x31xf32>) -> tensor<1x2x2x1xi32>
  return %1 : tensor<1x2x2x1xi32>
}

// CHECK-LABEL: func.func @pool_32_channels
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x4x4x32xf32>) -> tensor<1x4x4x1xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0) {{.*}} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
// XCORE-NEXT: "tfl.max_pool_2d"
func.func @pool_32_channels(%arg0: tensor<1x4x4x32xf32>) -> tensor<1x2x2x1xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x32xf32>) -> tensor<1x2x2x32xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x32xf32>) -> tensor<1x2x2x1xi32>
  return %1 : tensor<1x2x2x1xi32>
}

// A dynamic batch stays dynamic; 33 channels are two words.
// CHECK-LABEL: func.func @pool_33_channels_dynamic_batch
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<?x8x8x33xf32>) -> tensor<?x8x8x2xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0) {{.*}} : (tensor<?x8x8x2xi32>) -> tensor<?x4x4x2xi32>
// XCORE-NEXT: "tfl.max_pool_2d"
func.func @pool_33_channels_dynamic_batch(%arg0: tensor<?x8x8x33xf32>) -> tensor<?x4x4x2xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<?x8x8x33xf32>) -> tensor<?x4x4x33xf32>
  %1 = "lq.Quantize"(%0) : (tensor<?x4x4x33xf32>) -> tensor<?x4x4x2xi32>
  return %1 : tensor<?x4x4x2xi32>
}

// CHECK-LABEL: func.func @pool_100_channels
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x6x6x100xf32>) -> tensor<1x6x6x4xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0) <{filter_height = 3 : i32, filter_width = 3 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 3 : i32}> : (tensor<1x6x6x4xi32>) -> tensor<1x2x2x4xi32>
// XCORE-NEXT: "tfl.max_pool_2d"
func.func @pool_100_channels(%arg0: tensor<1x6x6x100xf32>) -> tensor<1x2x2x4xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 3 : i32, filter_width = 3 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 3 : i32, stride_w = 3 : i32} : (tensor<1x6x6x100xf32>) -> tensor<1x2x2x100xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x100xf32>) -> tensor<1x2x2x4xi32>
  return %1 : tensor<1x2x2x4xi32>
}

// An int8 pool input is packed by its zero point.
// CHECK-LABEL: func.func @pool_int8
// ARM-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x4x4x8x!quant.uniform<i8:f32, 5.000000e-02:7>>) -> tensor<1x4x4x1xi32>
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0)
// XCORE-NEXT: "tfl.max_pool_2d"
func.func @pool_int8(%arg0: tensor<1x4x4x8x!quant.uniform<i8:f32, 0.05:7>>) -> tensor<1x2x2x1xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8x!quant.uniform<i8:f32, 0.05:7>>) -> tensor<1x2x2x8x!quant.uniform<i8:f32, 0.05:7>>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x8x!quant.uniform<i8:f32, 0.05:7>>) -> tensor<1x2x2x1xi32>
  return %1 : tensor<1x2x2x1xi32>
}

// LCE does not look at the pool's fused activation (with RELU the float path writes all +1,
// the binary pool does not; LCE's behaviour, reproduced).
// CHECK-LABEL: func.func @pool_with_relu
// ARM-NEXT: %0 = "lq.Quantize"(%arg0)
// ARM-NEXT: %1 = "lq.BMaxPool2d"(%0)
// XCORE-NEXT: "tfl.max_pool_2d"{{.*}}fused_activation_function = "RELU"
func.func @pool_with_relu(%arg0: tensor<1x4x4x8xf32>) -> tensor<1x2x2x1xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "RELU", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x1xi32>
  return %1 : tensor<1x2x2x1xi32>
}

// Two pools in a row: only the quantized one is rewritten (the first one has another use).
// CHECK-LABEL: func.func @two_pools_in_a_row
// CHECK-NEXT: %0 = "tfl.max_pool_2d"(%arg0)
// ARM-NEXT: %1 = "lq.Quantize"(%0) : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x1xi32>
// ARM-NEXT: %2 = "lq.BMaxPool2d"(%1) {{.*}} -> tensor<1x2x2x1xi32>
// ARM-NEXT: return %2, %0
// XCORE-NEXT: %1 = "tfl.max_pool_2d"(%0)
// XCORE-NEXT: %2 = "lq.Quantize"(%1)
func.func @two_pools_in_a_row(%arg0: tensor<1x8x8x8xf32>) -> (tensor<1x2x2x1xi32>, tensor<1x4x4x8xf32>) {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x8xf32>) -> tensor<1x4x4x8xf32>
  %1 = "tfl.max_pool_2d"(%0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  %2 = "lq.Quantize"(%1) : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x1xi32>
  return %2, %0 : tensor<1x2x2x1xi32>, tensor<1x4x4x8xf32>
}

// The pool has another use: kept on every target.
// CHECK-LABEL: func.func @pool_two_uses
// CHECK-NEXT: %0 = "tfl.max_pool_2d"(%arg0)
// CHECK-NEXT: %1 = "lq.Quantize"(%0)
// CHECK-NEXT: return %1, %0
func.func @pool_two_uses(%arg0: tensor<1x4x4x8xf32>) -> (tensor<1x2x2x1xi32>, tensor<1x2x2x8xf32>) {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x1xi32>
  return %1, %0 : tensor<1x2x2x1xi32>, tensor<1x2x2x8xf32>
}

// Average pooling has no binary form.
// CHECK-LABEL: func.func @average_pool
// CHECK-NEXT: %0 = "tfl.average_pool_2d"(%arg0)
// CHECK-NEXT: %1 = "lq.Quantize"(%0)
func.func @average_pool(%arg0: tensor<1x4x4x8xf32>) -> tensor<1x2x2x1xi32> {
  %0 = "tfl.average_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x1xi32>
  return %1 : tensor<1x2x2x1xi32>
}

// A pool that is not quantized stays.
// CHECK-LABEL: func.func @pool_not_quantized
// CHECK-NEXT: %0 = "tfl.max_pool_2d"(%arg0)
// CHECK-NEXT: return %0
func.func @pool_not_quantized(%arg0: tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32>
  return %0 : tensor<1x2x2x8xf32>
}
