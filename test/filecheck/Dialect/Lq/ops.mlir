// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s
// RUN: lce-opt %s -mlir-print-op-generic | lce-opt | FileCheck %s

// Inherent attributes are properties: written in `{...}` or `<{...}>`, printed sorted in
// `<{...}>`, with the default `pad_values = 0` made explicit.

// CHECK-LABEL: func.func @grouped_bconv
func.func @grouped_bconv(%in: tensor<2x9x9x4xi32>, %f: tensor<64x3x3x64xf32>, %m: tensor<64xf32>, %b: tensor<64xf32>, %none: none) -> tensor<2x4x4x64xf32> {
  // CHECK: "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 128 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<2x9x9x4xi32>, tensor<64x3x3x64xf32>, tensor<64xf32>, tensor<64xf32>, none) -> tensor<2x4x4x64xf32>
  %0 = "lq.Bconv2d"(%in, %f, %m, %b, %none) {stride_width = 2 : i32, stride_height = 1 : i32, padding = "VALID", fused_activation_function = "RELU6", dilation_width_factor = 1 : i32, dilation_height_factor = 2 : i32, channels_in = 128 : i32} : (tensor<2x9x9x4xi32>, tensor<64x3x3x64xf32>, tensor<64xf32>, tensor<64xf32>, none) -> tensor<2x4x4x64xf32>
  return %0 : tensor<2x4x4x64xf32>
}

// CHECK-LABEL: func.func @bitpacked_output
func.func @bitpacked_output(%in: tensor<1x7x7x1xi32>, %f: tensor<40x2x2x1xi32>, %t: tensor<40xi32>, %none: none) -> tensor<1x7x7x2xi32> {
  // CHECK: "lq.Bconv2d"(%arg0, %arg1, %arg3, %arg3, %arg2) <{channels_in = 17 : i32, {{.*}} pad_values = 1 : i32, padding = "SAME", {{.*}}}> : (tensor<1x7x7x1xi32>, tensor<40x2x2x1xi32>, none, none, tensor<40xi32>) -> tensor<1x7x7x2xi32>
  %0 = "lq.Bconv2d"(%in, %f, %none, %none, %t) <{channels_in = 17 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x7x7x1xi32>, tensor<40x2x2x1xi32>, none, none, tensor<40xi32>) -> tensor<1x7x7x2xi32>
  return %0 : tensor<1x7x7x2xi32>
}

// CHECK-LABEL: func.func @pool_and_packing
func.func @pool_and_packing(%x: tensor<?x10x10x100xf16>, %b: tensor<3x33xi1>) -> (tensor<?x3x3x4xi32>, tensor<3x2xi32>, tensor<*xf64>) {
  // CHECK: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<?x10x10x100xf16>) -> tensor<?x10x10x4xi32>
  %q = "lq.Quantize"(%x) : (tensor<?x10x10x100xf16>) -> tensor<?x10x10x4xi32>
  // CHECK: "lq.BMaxPool2d"(%[[Q]]) <{filter_height = 3 : i32, filter_width = 4 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 3 : i32}> : (tensor<?x10x10x4xi32>) -> tensor<?x3x3x4xi32>
  %p = "lq.BMaxPool2d"(%q) {padding = "VALID", stride_width = 3 : i32, stride_height = 3 : i32, filter_width = 4 : i32, filter_height = 3 : i32} : (tensor<?x10x10x4xi32>) -> tensor<?x3x3x4xi32>
  // CHECK: "lq.Quantize"(%arg1) : (tensor<3x33xi1>) -> tensor<3x2xi32>
  %qb = "lq.Quantize"(%b) : (tensor<3x33xi1>) -> tensor<3x2xi32>
  // CHECK: "lq.Dequantize"(%[[Q]]) : (tensor<?x10x10x4xi32>) -> tensor<*xf64>
  %d = "lq.Dequantize"(%q) : (tensor<?x10x10x4xi32>) -> tensor<*xf64>
  return %p, %qb, %d : tensor<?x3x3x4xi32>, tensor<3x2xi32>, tensor<*xf64>
}

// Quantized tensors: any 8-bit storage for the Bconv2d output (signed or not), 8- or 16-bit
// for Quantize/Dequantize.
// CHECK-LABEL: func.func @quantized
func.func @quantized(%in: tensor<1x5x5x1xi32>, %f: tensor<4x1x1x1xi32>, %m: tensor<4xf32>, %none: none, %x: tensor<2x40x!quant.uniform<i16:f32, 0.25:3>>) -> (tensor<1x5x5x4x!quant.uniform<u8:f32, 0.023528476789885875>>, tensor<2x2xi32>, tensor<1x5x5x32x!quant.uniform<i8:f32, 2.343750e-02>>) {
  // CHECK: -> tensor<1x5x5x4x!quant.uniform<u8:f32, 0.023528476789885875>>
  %0 = "lq.Bconv2d"(%in, %f, %m, %m, %none) {channels_in = 7 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x5x5x1xi32>, tensor<4x1x1x1xi32>, tensor<4xf32>, tensor<4xf32>, none) -> tensor<1x5x5x4x!quant.uniform<u8:f32, 0.023528476789885875>>
  // CHECK: "lq.Quantize"(%arg4) : (tensor<2x40x!quant.uniform<i16:f32, 2.500000e-01:3>>) -> tensor<2x2xi32>
  %1 = "lq.Quantize"(%x) : (tensor<2x40x!quant.uniform<i16:f32, 0.25:3>>) -> tensor<2x2xi32>
  // CHECK: "lq.Dequantize"(%arg0) : (tensor<1x5x5x1xi32>) -> tensor<1x5x5x32x!quant.uniform<i8:f32, 2.343750e-02>>
  %2 = "lq.Dequantize"(%in) : (tensor<1x5x5x1xi32>) -> tensor<1x5x5x32x!quant.uniform<i8:f32, 2.343750e-02>>
  return %0, %1, %2 : tensor<1x5x5x4x!quant.uniform<u8:f32, 0.023528476789885875>>, tensor<2x2xi32>, tensor<1x5x5x32x!quant.uniform<i8:f32, 2.343750e-02>>
}

// Channel counts beyond 32 bits are plain arithmetic, not an overflow.
// CHECK-LABEL: func.func @huge_channels
func.func @huge_channels(%x: tensor<2x4294967297xf32>) -> tensor<2x134217729xi32> {
  // CHECK: "lq.Quantize"(%arg0) : (tensor<2x4294967297xf32>) -> tensor<2x134217729xi32>
  %0 = "lq.Quantize"(%x) : (tensor<2x4294967297xf32>) -> tensor<2x134217729xi32>
  return %0 : tensor<2x134217729xi32>
}
