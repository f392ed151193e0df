// RUN: lce-opt %s -tfl-legalize-tf | FileCheck %s
// RUN: lce-opt %s -tfl-legalize-tf -canonicalize | FileCheck %s --check-prefix=FOLD
// RUN: lce-opt %s -tfl-legalize-tf --mlir-print-debuginfo | FileCheck %s --check-prefix=LOC

// Convolutions as TF converts them (its PrepareTF, just before LegalizeTF): a zero bias per
// output channel, the HWIO filter transposed to OHWI (depthwise: reshaped to
// [1, h, w, in * multiplier]), strides and dilations from [1, h, w, 1] lists.

// CHECK-LABEL: func.func @conv2d
// LOC-LABEL: func.func @conv2d
func.func @conv2d(%x: tensor<1x9x9x4xf32>, %f: tensor<2x3x4x5xf32>) -> (tensor<1x5x3x5xf32>, tensor<1x7x5x5xf32>) {
  // CHECK-NEXT: %[[B:.*]] = arith.constant dense<0.000000e+00> : tensor<5xf32>
  // CHECK-NEXT: %[[P:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
  // CHECK-NEXT: %[[W:.*]] = "tfl.transpose"(%arg1, %[[P]]) : (tensor<2x3x4x5xf32>, tensor<4xi32>) -> tensor<5x2x3x4xf32>
  // CHECK-NEXT: %[[C:.*]] = "tfl.conv_2d"(%arg0, %[[W]], %[[B]]) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 3 : i32} : (tensor<1x9x9x4xf32>, tensor<5x2x3x4xf32>, tensor<5xf32>) -> tensor<1x5x3x5xf32>
  // Every created op is located at the convolution.
  // LOC: arith.constant dense<0.000000e+00> : tensor<5xf32> loc(#[[CONV:loc[0-9]+]])
  // LOC-NEXT: arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32> loc(#[[CONV]])
  // LOC-NEXT: "tfl.transpose"{{.*}} loc(#[[CONV]])
  // LOC-NEXT: "tfl.conv_2d"{{.*}} loc(#[[CONV]])
  %0 = "tf.Conv2D"(%x, %f) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "SAME", strides = [1, 2, 3, 1]} : (tensor<1x9x9x4xf32>, tensor<2x3x4x5xf32>) -> tensor<1x5x3x5xf32> loc("conv")
  // Dilations; data_format absent reads as NHWC.
  // CHECK-NEXT: %[[B1:.*]] = arith.constant dense<0.000000e+00> : tensor<5xf32>
  // CHECK-NEXT: %[[P1:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
  // CHECK-NEXT: %[[W1:.*]] = "tfl.transpose"(%arg1, %[[P1]])
  // CHECK-NEXT: %[[C1:.*]] = "tfl.conv_2d"(%arg0, %[[W1]], %[[B1]]) {dilation_h_factor = 2 : i32, dilation_w_factor = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32}
  // CHECK-NEXT: return %[[C]], %[[C1]]
  %1 = "tf.Conv2D"(%x, %f) {dilations = [1, 2, 2, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x9x9x4xf32>, tensor<2x3x4x5xf32>) -> tensor<1x7x5x5xf32>
  return %0, %1 : tensor<1x5x3x5xf32>, tensor<1x7x5x5xf32>
}

// A constant filter is rearranged at compile time by the canonicalizer that follows.
// FOLD-LABEL: func.func @constant_filter
// FOLD-DAG: %[[W:.*]] = arith.constant dense<{{\[\[\[\[}}1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00]]]]> : tensor<1x1x2x2xf32>
// FOLD-DAG: %[[B:.*]] = arith.constant dense<0.000000e+00> : tensor<1xf32>
// FOLD: "tfl.conv_2d"(%arg0, %[[W]], %[[B]])
func.func @constant_filter(%x: tensor<1x3x3x2xf32>) -> tensor<1x3x2x1xf32> {
  %f = "tf.Const"() {value = dense<[[[[1.0], [2.0]], [[3.0], [4.0]]]]> : tensor<1x2x2x1xf32>} : () -> tensor<1x2x2x1xf32>
  %0 = "tf.Conv2D"(%x, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x3x3x2xf32>, tensor<1x2x2x1xf32>) -> tensor<1x3x2x1xf32>
  return %0 : tensor<1x3x2x1xf32>
}

// EXPLICIT padding becomes a tf.Pad (of unranked type) before a VALID convolution.
// CHECK-LABEL: func.func @explicit_padding
func.func @explicit_padding(%x: tensor<1x5x5x2xf32>, %f: tensor<3x3x2x1xf32>) -> tensor<1x6x4x1xf32> {
  // CHECK-NEXT: %[[B:.*]] = arith.constant dense<0.000000e+00> : tensor<1xf32>
  // CHECK-NEXT: %[[PADS:.*]] = arith.constant dense<{{\[\[}}0, 0], [2, 1], [0, 1], [0, 0]]> : tensor<4x2xi32>
  // CHECK-NEXT: %[[X:.*]] = "tfl.pad"(%arg0, %[[PADS]]) : (tensor<1x5x5x2xf32>, tensor<4x2xi32>) -> tensor<*xf32>
  // CHECK-NEXT: %[[P:.*]] = arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32>
  // CHECK-NEXT: %[[W:.*]] = "tfl.transpose"(%arg1, %[[P]]) : (tensor<3x3x2x1xf32>, tensor<4xi32>) -> tensor<1x3x3x2xf32>
  // CHECK-NEXT: %[[C:.*]] = "tfl.conv_2d"(%[[X]], %[[W]], %[[B]]) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<*xf32>, tensor<1x3x3x2xf32>, tensor<1xf32>) -> tensor<1x6x4x1xf32>
  %0 = "tf.Conv2D"(%x, %f) {explicit_paddings = [0, 0, 2, 1, 0, 1, 0, 0], padding = "EXPLICIT", strides = [1, 1, 1, 1]} : (tensor<1x5x5x2xf32>, tensor<3x3x2x1xf32>) -> tensor<1x6x4x1xf32>
  return %0 : tensor<1x6x4x1xf32>
}

// A grouped convolution (input depth a multiple of the filter's) converts; NCHW,
// non-[1, h, w, 1] strides, non-f32 inputs and non-static filters stay.
// CHECK-LABEL: func.func @conv2d_unconverted
func.func @conv2d_unconverted(%x: tensor<1x4x4x6xf32>, %f: tensor<1x1x3x2xf32>, %n: tensor<1x6x4x4xf32>, %h: tensor<1x4x4x6xf16>, %hf: tensor<1x1x6x2xf16>, %d: tensor<1x1x6x?xf32>) -> (tensor<1x4x4x2xf32>, tensor<1x2x4x4xf32>, tensor<1x2x2x2xf32>, tensor<1x4x4x2xf16>, tensor<1x4x4x?xf32>) {
  // CHECK: "tfl.conv_2d"(%arg0, %{{.*}}, %{{.*}}) {{.*}} : (tensor<1x4x4x6xf32>, tensor<2x1x1x3xf32>, tensor<2xf32>) -> tensor<1x4x4x2xf32>
  // CHECK-NEXT: %[[N:.*]] = "tf.Conv2D"(%arg2, %arg1) {data_format = "NCHW"
  // CHECK-NEXT: %[[S:.*]] = "tf.Conv2D"(%arg0, %arg1) {padding = "VALID", strides = [2, 2, 2, 2]}
  // CHECK-NEXT: %[[H:.*]] = "tf.Conv2D"(%arg3, %arg4)
  // CHECK-NEXT: %[[D:.*]] = "tf.Conv2D"(%arg0, %arg5)
  %0 = "tf.Conv2D"(%x, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x4x4x6xf32>, tensor<1x1x3x2xf32>) -> tensor<1x4x4x2xf32>
  %2 = "tf.Conv2D"(%n, %f) {data_format = "NCHW", padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x6x4x4xf32>, tensor<1x1x3x2xf32>) -> tensor<1x2x4x4xf32>
  %3 = "tf.Conv2D"(%x, %f) {padding = "VALID", strides = [2, 2, 2, 2]} : (tensor<1x4x4x6xf32>, tensor<1x1x3x2xf32>) -> tensor<1x2x2x2xf32>
  %4 = "tf.Conv2D"(%h, %hf) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x4x4x6xf16>, tensor<1x1x6x2xf16>) -> tensor<1x4x4x2xf16>
  %5 = "tf.Conv2D"(%x, %d) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x4x4x6xf32>, tensor<1x1x6x?xf32>) -> tensor<1x4x4x?xf32>
  return %0, %2, %3, %4, %5 : tensor<1x4x4x2xf32>, tensor<1x2x4x4xf32>, tensor<1x2x2x2xf32>, tensor<1x4x4x2xf16>, tensor<1x4x4x?xf32>
}

// CHECK-LABEL: func.func @depthwise
func.func @depthwise(%x: tensor<1x8x8x3xf32>, %f: tensor<3x3x3x2xf32>) -> tensor<1x4x4x6xf32> {
  // The bias has in * multiplier channels; the tf.Const shape (now an unused arith.constant)
  // is re-created as an i32 constant for tfl.reshape.
  // CHECK-NEXT: %[[B:.*]] = arith.constant dense<0.000000e+00> : tensor<6xf32>
  // CHECK-NEXT: %[[S:.*]] = arith.constant dense<[1, 3, 3, 6]> : tensor<4xi32>
  // CHECK-NEXT: %[[S2:.*]] = arith.constant dense<[1, 3, 3, 6]> : tensor<4xi32>
  // CHECK-NEXT: %[[W:.*]] = "tfl.reshape"(%arg1, %[[S2]]) : (tensor<3x3x3x2xf32>, tensor<4xi32>) -> tensor<1x3x3x6xf32>
  // CHECK-NEXT: %[[C:.*]] = "tfl.depthwise_conv_2d"(%arg0, %[[W]], %[[B]]) {depth_multiplier = 2 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x8x8x3xf32>, tensor<1x3x3x6xf32>, tensor<6xf32>) -> tensor<1x4x4x6xf32>
  // CHECK-NEXT: return %[[C]]
  %0 = "tf.DepthwiseConv2dNative"(%x, %f) {data_format = "NHWC", padding = "SAME", strides = [1, 2, 2, 1]} : (tensor<1x8x8x3xf32>, tensor<3x3x3x2xf32>) -> tensor<1x4x4x6xf32>
  return %0 : tensor<1x4x4x6xf32>
}
