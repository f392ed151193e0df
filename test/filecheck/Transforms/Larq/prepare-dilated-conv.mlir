// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s --check-prefixes CHECK,CHECK-ARM
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s --check-prefixes CHECK,CHECK-XCORE

// tfl-prepare-lce, pattern (a): TF's dilated-convolution rewrite. SpaceToBatchND -> Conv2D ->
// BatchToSpaceND (with an optional ExpandDims/Squeeze pair, a Pad before the BatchToSpaceND
// and a BiasAdd before or after it) becomes one Conv2D with dilations [1, bh, bw, 1] reading
// the SpaceToBatchND input; it is "SAME" when the paddings (plus the Pad) differ from the
// crops. A dilated convolution of dequantized input with a binary filter then becomes an
// lq.Bconv2d like any other (SAME on arm only).

// Block shape [3, 2], paddings equal to the crops: VALID.
// CHECK-LABEL: func.func @dilated_binary_valid
// CHECK-NOT: tf.SpaceToBatchND
// CHECK: "lq.Bconv2d"(%arg0, {{.*}}) <{channels_in = 7 : i32, dilation_height_factor = 3 : i32, dilation_width_factor = 2 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<1x12x10x1xi32>, tensor<6x2x2x7xf32>, tensor<6xf32>, tensor<6xf32>, none) -> tensor<1x9x8x6xf32>
// CHECK-NOT: tf.BatchToSpaceND
func.func @dilated_binary_valid(%arg0: tensor<1x12x10x1xi32>) -> tensor<1x9x8x6xf32> {
  %bs = arith.constant dense<[3, 2]> : tensor<2xi32>
  %pads = arith.constant dense<[[0, 0], [0, 0]]> : tensor<2x2xi32>
  %filter = arith.constant dense<0.5> : tensor<2x2x7x6xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x12x10x1xi32>) -> tensor<1x12x10x7xf32>
  %1 = "tf.SpaceToBatchND"(%0, %bs, %pads) : (tensor<1x12x10x7xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<6x4x5x7xf32>
  %2 = "tf.Conv2D"(%1, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<6x4x5x7xf32>, tensor<2x2x7x6xf32>) -> tensor<6x3x4x6xf32>
  %3 = "tf.BatchToSpaceND"(%2, %bs, %pads) : (tensor<6x3x4x6xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x9x8x6xf32>
  return %3 : tensor<1x9x8x6xf32>
}

// Paddings larger than the crops: SAME, which only arm turns into a binary convolution.
// CHECK-LABEL: func.func @dilated_binary_same
// CHECK-ARM: "lq.Bconv2d"(%arg0, {{.*}}) <{channels_in = 5 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}>
// CHECK-XCORE: %[[W:.*]] = arith.constant dense<-1.000000e+00> : tensor<3x3x5x4xf32>
// CHECK-XCORE-NEXT: %[[D:.*]] = "lq.Dequantize"(%arg0) : (tensor<1x20x21x1xi32>) -> tensor<1x20x21x5xf32>
// CHECK-XCORE-NEXT: %[[C:.*]] = "tf.Conv2D"(%[[D]], %[[W]]) {dilations = [1, 2, 3, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x20x21x5xf32>, tensor<3x3x5x4xf32>) -> tensor<1x20x21x4xf32>
// CHECK-XCORE-NEXT: return %[[C]]
func.func @dilated_binary_same(%arg0: tensor<1x20x21x1xi32>) -> tensor<1x20x21x4xf32> {
  %bs = arith.constant dense<[2, 3]> : tensor<2xi32>
  %pads = arith.constant dense<[[2, 2], [3, 6]]> : tensor<2x2xi32>
  %crops = arith.constant dense<[[0, 0], [0, 3]]> : tensor<2x2xi32>
  %filter = arith.constant dense<-1.0> : tensor<3x3x5x4xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x20x21x1xi32>) -> tensor<1x20x21x5xf32>
  %1 = "tf.SpaceToBatchND"(%0, %bs, %pads) : (tensor<1x20x21x5xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<6x12x10x5xf32>
  %2 = "tf.Conv2D"(%1, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<6x12x10x5xf32>, tensor<3x3x5x4xf32>) -> tensor<6x10x8x4xf32>
  %3 = "tf.BatchToSpaceND"(%2, %bs, %crops) : (tensor<6x10x8x4xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x20x21x4xf32>
  return %3 : tensor<1x20x21x4xf32>
}

// A float convolution with a BiasAdd after the BatchToSpaceND (i64 block shape and paddings).
// CHECK-LABEL: func.func @bias_after
// CHECK-NEXT: %[[C:.*]] = "tf.Conv2D"(%arg0, %arg1) {data_format = "NHWC", dilations = [1, 4, 4, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x16x16x2xf32>, tensor<3x3x2x5xf32>) -> tensor<1x16x16x5xf32>
// CHECK-NEXT: %[[B:.*]] = "tf.BiasAdd"(%[[C]], %arg2) : (tensor<1x16x16x5xf32>, tensor<5xf32>) -> tensor<1x16x16x5xf32>
// CHECK-NEXT: return %[[B]]
func.func @bias_after(%arg0: tensor<1x16x16x2xf32>, %f: tensor<3x3x2x5xf32>, %b: tensor<5xf32>) -> tensor<1x16x16x5xf32> {
  %bs = arith.constant dense<4> : tensor<2xi64>
  %pads = arith.constant dense<4> : tensor<2x2xi64>
  %crops = arith.constant dense<[[0, 0], [0, 0]]> : tensor<2x2xi64>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %pads) : (tensor<1x16x16x2xf32>, tensor<2xi64>, tensor<2x2xi64>) -> tensor<16x6x6x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1], dilations = [1, 1, 1, 1], data_format = "NHWC"} : (tensor<16x6x6x2xf32>, tensor<3x3x2x5xf32>) -> tensor<16x4x4x5xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %crops) : (tensor<16x4x4x5xf32>, tensor<2xi64>, tensor<2x2xi64>) -> tensor<1x16x16x5xf32>
  %3 = "tf.BiasAdd"(%2, %b) : (tensor<1x16x16x5xf32>, tensor<5xf32>) -> tensor<1x16x16x5xf32>
  return %3 : tensor<1x16x16x5xf32>
}

// A BiasAdd before the BatchToSpaceND takes the unbatched type (TF would leave it batched and
// the function's return mistyped).
// CHECK-LABEL: func.func @bias_before
// CHECK-NEXT: %[[C:.*]] = "tf.Conv2D"(%arg0, %arg1) {dilations = [1, 4, 4, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x16x16x2xf32>, tensor<3x3x2x5xf32>) -> tensor<1x16x16x5xf32>
// CHECK-NEXT: %[[B:.*]] = "tf.BiasAdd"(%[[C]], %arg2) : (tensor<1x16x16x5xf32>, tensor<5xf32>) -> tensor<1x16x16x5xf32>
// CHECK-NEXT: return %[[B]]
func.func @bias_before(%arg0: tensor<1x16x16x2xf32>, %f: tensor<3x3x2x5xf32>, %b: tensor<5xf32>) -> tensor<1x16x16x5xf32> {
  %bs = arith.constant dense<4> : tensor<2xi32>
  %pads = arith.constant dense<4> : tensor<2x2xi32>
  %crops = arith.constant dense<[[0, 0], [0, 0]]> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %pads) : (tensor<1x16x16x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<16x6x6x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<16x6x6x2xf32>, tensor<3x3x2x5xf32>) -> tensor<16x4x4x5xf32>
  %2 = "tf.BiasAdd"(%1, %b) : (tensor<16x4x4x5xf32>, tensor<5xf32>) -> tensor<16x4x4x5xf32>
  %3 = "tf.BatchToSpaceND"(%2, %bs, %crops) : (tensor<16x4x4x5xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x16x16x5xf32>
  return %3 : tensor<1x16x16x5xf32>
}

// A Pad between the convolution and the BatchToSpaceND is dropped; its paddings count as
// SpaceToBatchND paddings.
// CHECK-LABEL: func.func @pad_before_bts_same
// CHECK-NEXT: %[[C:.*]] = "tf.Conv2D"(%arg0, %arg1) {dilations = [1, 2, 2, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x10x10x2xf32>, tensor<3x3x2x5xf32>) -> tensor<1x10x10x5xf32>
// CHECK-NEXT: return %[[C]]
func.func @pad_before_bts_same(%arg0: tensor<1x10x10x2xf32>, %f: tensor<3x3x2x5xf32>) -> tensor<1x10x10x5xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %pads = arith.constant dense<[[2, 2], [2, 2]]> : tensor<2x2xi32>
  %extra = arith.constant dense<[[0, 0], [0, 1], [0, 1], [0, 0]]> : tensor<4x2xi32>
  %crops = arith.constant dense<[[0, 2], [0, 2]]> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %pads) : (tensor<1x10x10x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x7x7x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x7x7x2xf32>, tensor<3x3x2x5xf32>) -> tensor<4x5x5x5xf32>
  %2 = "tf.Pad"(%1, %extra) : (tensor<4x5x5x5xf32>, tensor<4x2xi32>) -> tensor<4x6x6x5xf32>
  %3 = "tf.BatchToSpaceND"(%2, %bs, %crops) : (tensor<4x6x6x5xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x10x10x5xf32>
  return %3 : tensor<1x10x10x5xf32>
}

// CHECK-LABEL: func.func @pad_before_bts_valid
// CHECK-NEXT: %[[C:.*]] = "tf.Conv2D"(%arg0, %arg1) {dilations = [1, 2, 2, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x9x9x2xf32>, tensor<3x3x2x5xf32>) -> tensor<1x5x5x5xf32>
// CHECK-NEXT: return %[[C]]
func.func @pad_before_bts_valid(%arg0: tensor<1x9x9x2xf32>, %f: tensor<3x3x2x5xf32>) -> tensor<1x5x5x5xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %pads = arith.constant dense<[[0, 1], [0, 1]]> : tensor<2x2xi32>
  %extra = arith.constant dense<0> : tensor<4x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %pads) : (tensor<1x9x9x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x5x5x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x5x5x2xf32>, tensor<3x3x2x5xf32>) -> tensor<4x3x3x5xf32>
  %2 = "tf.Pad"(%1, %extra) : (tensor<4x3x3x5xf32>, tensor<4x2xi32>) -> tensor<4x3x3x5xf32>
  %3 = "tf.BatchToSpaceND"(%2, %bs, %pads) : (tensor<4x3x3x5xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x5x5x5xf32>
  return %3 : tensor<1x5x5x5xf32>
}

// A 1-D convolution: ExpandDims at axis -3 (= 1, read from its tf.Const) and a one-entry block
// shape dilate the width; the ExpandDims reads the SpaceToBatchND input and the Squeeze
// produces the BatchToSpaceND result.
// CHECK-LABEL: func.func @expand_squeeze_1d
// CHECK-NEXT: %[[AXIS:.*]] = arith.constant dense<-3> : tensor<i32>
// CHECK-NEXT: %[[E:.*]] = "tf.ExpandDims"(%arg0, %[[AXIS]]) : (tensor<1x40x3xf32>, tensor<i32>) -> tensor<1x1x40x3xf32>
// CHECK-NEXT: %[[C:.*]] = "tf.Conv2D"(%[[E]], %arg1) {dilations = [1, 1, 2, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x1x40x3xf32>, tensor<1x3x3x8xf32>) -> tensor<1x1x40x8xf32>
// CHECK-NEXT: %[[S:.*]] = "tf.Squeeze"(%[[C]]) {squeeze_dims = [-3]} : (tensor<1x1x40x8xf32>) -> tensor<1x40x8xf32>
// CHECK-NEXT: return %[[S]]
func.func @expand_squeeze_1d(%arg0: tensor<1x40x3xf32>, %f: tensor<1x3x3x8xf32>) -> tensor<1x40x8xf32> {
  %bs = "tf.Const"() {value = dense<2> : tensor<1xi32>} : () -> tensor<1xi32>
  %pads = "tf.Const"() {value = dense<2> : tensor<1x2xi32>} : () -> tensor<1x2xi32>
  %crops = "tf.Const"() {value = dense<0> : tensor<1x2xi32>} : () -> tensor<1x2xi32>
  %axis = "tf.Const"() {value = dense<-3> : tensor<i32>} : () -> tensor<i32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %pads) : (tensor<1x40x3xf32>, tensor<1xi32>, tensor<1x2xi32>) -> tensor<2x22x3xf32>
  %1 = "tf.ExpandDims"(%0, %axis) : (tensor<2x22x3xf32>, tensor<i32>) -> tensor<2x1x22x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<2x1x22x3xf32>, tensor<1x3x3x8xf32>) -> tensor<2x1x20x8xf32>
  %3 = "tf.Squeeze"(%2) {squeeze_dims = [-3]} : (tensor<2x1x20x8xf32>) -> tensor<2x20x8xf32>
  %4 = "tf.BatchToSpaceND"(%3, %bs, %crops) : (tensor<2x20x8xf32>, tensor<1xi32>, tensor<1x2xi32>) -> tensor<1x40x8xf32>
  return %4 : tensor<1x40x8xf32>
}

// The inner convolution must be VALID,
// CHECK-LABEL: func.func @same_inner_convolution
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @same_inner_convolution(%arg0: tensor<1x8x8x2xf32>, %f: tensor<3x3x2x4xf32>) -> tensor<1x8x8x4xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %zero) : (tensor<1x8x8x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x4x4x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<4x4x4x2xf32>, tensor<3x3x2x4xf32>) -> tensor<4x4x4x4xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %zero) : (tensor<4x4x4x4xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// must not be dilated already,
// CHECK-LABEL: func.func @already_dilated
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @already_dilated(%arg0: tensor<1x8x8x2xf32>, %f: tensor<1x1x2x4xf32>) -> tensor<1x8x8x4xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %zero) : (tensor<1x8x8x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x4x4x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1], dilations = [1, 2, 2, 1]} : (tensor<4x4x4x2xf32>, tensor<1x1x2x4xf32>) -> tensor<4x4x4x4xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %zero) : (tensor<4x4x4x4xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// the block shapes must be equal constants (of one type),
// CHECK-LABEL: func.func @block_shapes_of_other_types
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @block_shapes_of_other_types(%arg0: tensor<1x8x8x2xf32>, %f: tensor<1x1x2x4xf32>) -> tensor<1x8x8x4xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %bs64 = arith.constant dense<2> : tensor<2xi64>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %zero) : (tensor<1x8x8x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x4x4x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x4x4x2xf32>, tensor<1x1x2x4xf32>) -> tensor<4x4x4x4xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs64, %zero) : (tensor<4x4x4x4xf32>, tensor<2xi64>, tensor<2x2xi32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// the paddings constant,
// CHECK-LABEL: func.func @paddings_not_constant
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @paddings_not_constant(%arg0: tensor<1x8x8x2xf32>, %f: tensor<1x1x2x4xf32>, %p: tensor<2x2xi32>) -> tensor<1x8x8x4xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %p) : (tensor<1x8x8x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x4x4x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x4x4x2xf32>, tensor<1x1x2x4xf32>) -> tensor<4x4x4x4xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %zero) : (tensor<4x4x4x4xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x8x8x4xf32>
  return %2 : tensor<1x8x8x4xf32>
}

// every link used once,
// CHECK-LABEL: func.func @space_to_batch_used_twice
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @space_to_batch_used_twice(%arg0: tensor<1x8x8x2xf32>, %f: tensor<1x1x2x4xf32>) -> (tensor<1x8x8x4xf32>, tensor<4x4x4x2xf32>) {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %zero) : (tensor<1x8x8x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x4x4x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x4x4x2xf32>, tensor<1x1x2x4xf32>) -> tensor<4x4x4x4xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %zero) : (tensor<4x4x4x4xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x8x8x4xf32>
  return %2, %0 : tensor<1x8x8x4xf32>, tensor<4x4x4x2xf32>
}

// the input float,
// CHECK-LABEL: func.func @integer_convolution
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @integer_convolution(%arg0: tensor<1x8x8x2xi32>, %f: tensor<1x1x2x4xi32>) -> tensor<1x8x8x4xi32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %zero) : (tensor<1x8x8x2xi32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<4x4x4x2xi32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<4x4x4x2xi32>, tensor<1x1x2x4xi32>) -> tensor<4x4x4x4xi32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %zero) : (tensor<4x4x4x4xi32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<1x8x8x4xi32>
  return %2 : tensor<1x8x8x4xi32>
}

// batch and channels static,
// CHECK-LABEL: func.func @dynamic_batch
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @dynamic_batch(%arg0: tensor<?x8x8x2xf32>, %f: tensor<1x1x2x4xf32>) -> tensor<?x8x8x4xf32> {
  %bs = arith.constant dense<2> : tensor<2xi32>
  %zero = arith.constant dense<0> : tensor<2x2xi32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %zero) : (tensor<?x8x8x2xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<?x4x4x2xf32>
  %1 = "tf.Conv2D"(%0, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<?x4x4x2xf32>, tensor<1x1x2x4xf32>) -> tensor<?x4x4x4xf32>
  %2 = "tf.BatchToSpaceND"(%1, %bs, %zero) : (tensor<?x4x4x4xf32>, tensor<2xi32>, tensor<2x2xi32>) -> tensor<?x8x8x4xf32>
  return %2 : tensor<?x8x8x4xf32>
}

// and an ExpandDims axis a tf.Const (as TF requires).
// CHECK-LABEL: func.func @expand_axis_not_tf_const
// CHECK: "tf.SpaceToBatchND"
// CHECK: "tf.Conv2D"
// CHECK: "tf.BatchToSpaceND"
func.func @expand_axis_not_tf_const(%arg0: tensor<1x40x3xf32>, %f: tensor<1x3x3x8xf32>) -> tensor<1x40x8xf32> {
  %bs = arith.constant dense<2> : tensor<1xi32>
  %pads = arith.constant dense<2> : tensor<1x2xi32>
  %crops = arith.constant dense<0> : tensor<1x2xi32>
  %axis = arith.constant dense<1> : tensor<i32>
  %0 = "tf.SpaceToBatchND"(%arg0, %bs, %pads) : (tensor<1x40x3xf32>, tensor<1xi32>, tensor<1x2xi32>) -> tensor<2x22x3xf32>
  %1 = "tf.ExpandDims"(%0, %axis) : (tensor<2x22x3xf32>, tensor<i32>) -> tensor<2x1x22x3xf32>
  %2 = "tf.Conv2D"(%1, %f) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<2x1x22x3xf32>, tensor<1x3x3x8xf32>) -> tensor<2x1x20x8xf32>
  %3 = "tf.Squeeze"(%2) {squeeze_dims = [1]} : (tensor<2x1x20x8xf32>) -> tensor<2x20x8xf32>
  %4 = "tf.BatchToSpaceND"(%3, %bs, %crops) : (tensor<2x20x8xf32>, tensor<1xi32>, tensor<1x2xi32>) -> tensor<1x40x8xf32>
  return %4 : tensor<1x40x8xf32>
}
