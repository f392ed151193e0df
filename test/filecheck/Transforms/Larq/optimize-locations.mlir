// RUN: lce-opt %s -tfl-optimize-lce -mlir-print-debuginfo -mlir-print-local-scope | FileCheck %s

// Ops a rewrite creates are located as DRR locates them: at the fused location of every
// matched op, the root first, then nested ops, each after the ops nested in it (constants
// included). (The tfl.no_value ops LCE's CreateNoneValue creates at the input's location are
// constants the driver unifies, so their final location is the driver's business.)

// CHECK-LABEL: func.func @add
// CHECK: "lq.Bconv2d"{{.*}} loc(fused["add", "bias", "conv", "value"])
func.func @add(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: tensor<2xf32>, %arg3: none) -> tensor<1x6x6x2xf32> {
  %b = arith.constant dense<1.0> : tensor<2xf32> loc("bias")
  %v = arith.constant dense<3.0> : tensor<2xf32> loc("value")
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %b, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32> loc("conv")
  %1 = "tfl.add"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32> loc("add")
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @mul
// CHECK: "lq.Bconv2d"{{.*}} loc(fused["mul", "multiplier", "bias", "conv", "value"])
func.func @mul(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg3: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<2.0> : tensor<2xf32> loc("multiplier")
  %b = arith.constant dense<1.0> : tensor<2xf32> loc("bias")
  %v = arith.constant dense<3.0> : tensor<2xf32> loc("value")
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg3) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32> loc("conv")
  %1 = "tfl.mul"(%0, %v) {fused_activation_function = "NONE"} : (tensor<1x6x6x2xf32>, tensor<2xf32>) -> tensor<1x6x6x2xf32> loc("mul")
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @relu
// CHECK: arith.constant dense<1.000000e+00> : tensor<2xf32> loc(fused["relu", "m", "b", "conv"])
// CHECK: arith.constant dense<0.000000e+00> : tensor<2xf32> loc(fused["relu", "m", "b", "conv"])
// CHECK: "lq.Bconv2d"{{.*}} loc(fused["relu", "m", "b", "conv"])
func.func @relu(%arg0: tensor<1x8x8x1xi32>, %arg1: tensor<2x3x3x3xf32>, %arg2: none) -> tensor<1x6x6x2xf32> {
  %m = arith.constant dense<1.0> : tensor<2xf32> loc("m")
  %b = arith.constant dense<0.0> : tensor<2xf32> loc("b")
  %0 = "lq.Bconv2d"(%arg0, %arg1, %m, %b, %arg2) {channels_in = 3 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x8x8x1xi32>, tensor<2x3x3x3xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x6x6x2xf32> loc("conv")
  %1 = "tfl.relu"(%0) : (tensor<1x6x6x2xf32>) -> tensor<1x6x6x2xf32> loc("relu")
  return %1 : tensor<1x6x6x2xf32>
}

// CHECK-LABEL: func.func @pool
// CHECK-NEXT: "lq.Quantize"(%arg0) {{.*}} loc(fused["quantize", "pool"])
// CHECK-NEXT: "lq.BMaxPool2d"{{.*}} loc(fused["quantize", "pool"])
func.func @pool(%arg0: tensor<1x4x4x8xf32>) -> tensor<1x2x2x1xi32> {
  %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x4x4x8xf32>) -> tensor<1x2x2x8xf32> loc("pool")
  %1 = "lq.Quantize"(%0) : (tensor<1x2x2x8xf32>) -> tensor<1x2x2x1xi32> loc("quantize")
  return %1 : tensor<1x2x2x1xi32>
}

// Quantize(a <= b) becomes Quantize(b >= a), then Quantize(b - a): the second rewrite matches
// the ops the first one created, whose locations are already fused.
// CHECK-LABEL: func.func @le
// CHECK-NEXT: tfl.sub{{.*}} loc(fused["q", "le"])
// CHECK-NEXT: "lq.Quantize"{{.*}} loc(fused["q", "le"])
func.func @le(%arg0: tensor<4x8xf32>, %arg1: tensor<4x8xf32>) -> tensor<4x1xi32> {
  %0 = "tfl.less_equal"(%arg0, %arg1) : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x8xi1> loc("le")
  %1 = "lq.Quantize"(%0) : (tensor<4x8xi1>) -> tensor<4x1xi32> loc("q")
  return %1 : tensor<4x1xi32>
}

// CHECK-LABEL: func.func @bitpack
// CHECK: arith.constant dense<2> : tensor<2xi32> loc(fused["quantize", "filter", "m", "b", "none", "conv"])
// CHECK-NEXT: "lq.Bconv2d"{{.*}} loc(fused["quantize", "filter", "m", "b", "none", "conv"])
func.func @bitpack(%arg0: tensor<1x4x4x1xi32> loc("input")) -> tensor<1x4x4x1xi32> {
  %filter = arith.constant dense<1.0> : tensor<2x1x1x4xf32> loc("filter")
  %m = arith.constant dense<[1.0, -1.0]> : tensor<2xf32> loc("m")
  %b = arith.constant dense<0.0> : tensor<2xf32> loc("b")
  %none = "tfl.no_value"() {value} : () -> none loc("none")
  %0 = "lq.Bconv2d"(%arg0, %filter, %m, %b, %none) {channels_in = 4 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<2x1x1x4xf32>, tensor<2xf32>, tensor<2xf32>, none) -> tensor<1x4x4x2xf32> loc("conv")
  %1 = "lq.Quantize"(%0) : (tensor<1x4x4x2xf32>) -> tensor<1x4x4x1xi32> loc("quantize")
  return %1 : tensor<1x4x4x1xi32>
}
