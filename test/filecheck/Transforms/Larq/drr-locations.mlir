// RUN: lce-opt %s -lce-quantize --mlir-print-debuginfo --mlir-print-local-scope --split-input-file | FileCheck %s --check-prefix=QUANT
// RUN: lce-opt %s -tfl-lce-bitpack-weights --mlir-print-debuginfo --mlir-print-local-scope --split-input-file | FileCheck %s --check-prefix=PACK
// RUN: lce-opt %s -tfl-fuse-padding --mlir-print-debuginfo --mlir-print-local-scope --split-input-file | FileCheck %s --check-prefix=FUSE

// Ops created by the DRR-derived patterns are located where DRR puts them: the fused locations
// of every matched op, the root first and each nested op after the ops matched inside it.
// Nested fused locations flatten, so a second rewrite prepends its root.

// QUANT-LABEL: func.func @quantize
// QUANT: "lq.Bconv2d"{{.*}} loc(fused["qout", "conv", "qm", "dqm", "qb", "dqb"])
// PACK-LABEL: func.func @quantize
// PACK: "lq.Bconv2d"(%arg0, %{{.*}}) {{.*}} loc(fused["conv", "filter"])
func.func @quantize(%arg0: tensor<1x4x4x1xi32>, %arg1: tensor<2xf32>, %arg2: none) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5>> {
  %m = arith.constant dense<1.0> : tensor<2xf32> loc("m")
  %q = "tfl.quantize"(%m) {qtype = tensor<2x!quant.uniform<i8:f32, 0.5>>} : (tensor<2xf32>) -> tensor<2x!quant.uniform<i8:f32, 0.5>> loc("qm")
  %dq = "tfl.dequantize"(%q) : (tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2xf32> loc("dqm")
  %qb = "tfl.quantize"(%arg1) {qtype = tensor<2x!quant.uniform<i8:f32, 0.5>>} : (tensor<2xf32>) -> tensor<2x!quant.uniform<i8:f32, 0.5>> loc("qb")
  %dqb = "tfl.dequantize"(%qb) : (tensor<2x!quant.uniform<i8:f32, 0.5>>) -> tensor<2xf32> loc("dqb")
  %filter = arith.constant dense<1.0> : tensor<2x1x1x7xf32> loc("filter")
  %0 = "lq.Bconv2d"(%arg0, %filter, %dq, %dqb, %arg2) {channels_in = 7 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<2x1x1x7xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x4x4x2xf32> loc("conv")
  %1 = "tfl.quantize"(%0) {qtype = tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5>>} : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5>> loc("qout")
  return %1 : tensor<1x4x4x2x!quant.uniform<i8:f32, 0.5>>
}

// -----

// QUANT-LABEL: func.func @quantize_lq_ops
// QUANT: "lq.Quantize"(%arg0) {{.*}} loc(fused["pack", "dq"])
// QUANT: "lq.Dequantize"(%0) {{.*}} loc(fused["q", "unpack"])
func.func @quantize_lq_ops(%arg0: tensor<3x40x!quant.uniform<i8:f32, 0.5>>) -> tensor<3x40x!quant.uniform<i8:f32, 0.25>> {
  %0 = "tfl.dequantize"(%arg0) : (tensor<3x40x!quant.uniform<i8:f32, 0.5>>) -> tensor<3x40xf32> loc("dq")
  %1 = "lq.Quantize"(%0) : (tensor<3x40xf32>) -> tensor<3x2xi32> loc("pack")
  %2 = "lq.Dequantize"(%1) : (tensor<3x2xi32>) -> tensor<3x40xf32> loc("unpack")
  %3 = "tfl.quantize"(%2) {qtype = tensor<3x40x!quant.uniform<i8:f32, 0.25>>} : (tensor<3x40xf32>) -> tensor<3x40x!quant.uniform<i8:f32, 0.25>> loc("q")
  return %3 : tensor<3x40x!quant.uniform<i8:f32, 0.25>>
}

// -----

// FUSE-LABEL: func.func @fuse
// FUSE: "tfl.conv_2d"(%arg0, {{.*}} loc(fused["conv", "paddings", "pad"])
// FUSE: "tfl.depthwise_conv_2d"(%arg0, {{.*}} loc(fused["dwconv", "paddings2", "zero", "pad2"])
func.func @fuse(%arg0: tensor<1x4x4x1xf32>, %arg1: tensor<1x3x3x1xf32>, %arg2: tensor<1xf32>) -> (tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>) {
  %paddings = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32> loc("paddings")
  %0 = "tfl.pad"(%arg0, %paddings) : (tensor<1x4x4x1xf32>, tensor<4x2xi32>) -> tensor<1x6x6x1xf32> loc("pad")
  %1 = "tfl.conv_2d"(%0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32> loc("conv")
  %paddings2 = arith.constant dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi64> loc("paddings2")
  %zero = arith.constant dense<0.0> : tensor<f32> loc("zero")
  %2 = "tfl.padv2"(%arg0, %paddings2, %zero) : (tensor<1x4x4x1xf32>, tensor<4x2xi64>, tensor<f32>) -> tensor<1x6x6x1xf32> loc("pad2")
  %3 = "tfl.depthwise_conv_2d"(%2, %arg1, %arg2) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x1xf32>, tensor<1x3x3x1xf32>, tensor<1xf32>) -> tensor<1x4x4x1xf32> loc("dwconv")
  return %1, %3 : tensor<1x4x4x1xf32>, tensor<1x4x4x1xf32>
}
