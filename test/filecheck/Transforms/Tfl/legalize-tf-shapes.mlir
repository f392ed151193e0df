// RUN: lce-opt %s -tfl-legalize-tf | FileCheck %s

// Shape ops, reductions, pooling, MatMul and ConcatV2: i32 shape/permutation operands,
// attributes TF gives defaults to, and the transposes TF inserts.

// CHECK-LABEL: func.func @reshape
func.func @reshape(%x: tensor<2x6xf32>, %s32: tensor<3xi32>, %s64: tensor<2xi64>) -> (tensor<3x4xf32>, tensor<12xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>) {
  // A constant shape is re-created as a new i32 arith.constant (the old one stays until DCE).
  // CHECK-NEXT: %[[C32:.*]] = arith.constant dense<[3, 4]> : tensor<2xi32>
  // CHECK-NEXT: %[[N32:.*]] = arith.constant dense<[3, 4]> : tensor<2xi32>
  // CHECK-NEXT: %[[R0:.*]] = "tfl.reshape"(%arg0, %[[N32]]) : (tensor<2x6xf32>, tensor<2xi32>) -> tensor<3x4xf32>
  // CHECK-NEXT: %[[C64:.*]] = arith.constant dense<-1> : tensor<1xi64>
  // CHECK-NEXT: %[[N64:.*]] = arith.constant dense<-1> : tensor<1xi32>
  // CHECK-NEXT: %[[R1:.*]] = "tfl.reshape"(%arg0, %[[N64]]) : (tensor<2x6xf32>, tensor<1xi32>) -> tensor<12xf32>
  // An i32 shape value is used as it is; an i64 one is cast (tf.Cast, legalized to tfl.cast).
  // CHECK-NEXT: %[[R2:.*]] = "tfl.reshape"(%arg0, %arg1) : (tensor<2x6xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
  // CHECK-NEXT: %[[S3:.*]] = "tfl.cast"(%arg2) : (tensor<2xi64>) -> tensor<2xi32>
  // CHECK-NEXT: %[[R3:.*]] = "tfl.reshape"(%arg0, %[[S3]]) : (tensor<2x6xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  // CHECK-NEXT: return %[[R0]], %[[R1]], %[[R2]], %[[R3]]
  %shape = "tf.Const"() {value = dense<[3, 4]> : tensor<2xi32>} : () -> tensor<2xi32>
  %0 = "tf.Reshape"(%x, %shape) : (tensor<2x6xf32>, tensor<2xi32>) -> tensor<3x4xf32>
  %flat = "tf.Const"() {value = dense<-1> : tensor<1xi64>} : () -> tensor<1xi64>
  %1 = "tf.Reshape"(%x, %flat) : (tensor<2x6xf32>, tensor<1xi64>) -> tensor<12xf32>
  %2 = "tf.Reshape"(%x, %s32) : (tensor<2x6xf32>, tensor<3xi32>) -> tensor<?x?x?xf32>
  %3 = "tf.Reshape"(%x, %s64) : (tensor<2x6xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  return %0, %1, %2, %3 : tensor<3x4xf32>, tensor<12xf32>, tensor<?x?x?xf32>, tensor<?x?xf32>
}

// CHECK-LABEL: func.func @transpose
func.func @transpose(%x: tensor<2x3x4xi8>, %p32: tensor<3xi32>, %p64: tensor<3xi64>) -> (tensor<4x2x3xi8>, tensor<3x2x4xi8>, tensor<?x?x?xi8>, tensor<?x?x?xi8>) {
  // An i32 permutation is used directly; a constant i64 one is folded into a new i32 constant,
  // any other is cast.
  // CHECK-NEXT: %[[P:.*]] = arith.constant dense<[2, 0, 1]> : tensor<3xi32>
  // CHECK-NEXT: %[[T0:.*]] = "tfl.transpose"(%arg0, %[[P]]) : (tensor<2x3x4xi8>, tensor<3xi32>) -> tensor<4x2x3xi8>
  // CHECK-NEXT: %[[P64:.*]] = arith.constant dense<[1, 0, 2]> : tensor<3xi64>
  // CHECK-NEXT: %[[P32:.*]] = arith.constant dense<[1, 0, 2]> : tensor<3xi32>
  // CHECK-NEXT: %[[T1:.*]] = "tfl.transpose"(%arg0, %[[P32]]) : (tensor<2x3x4xi8>, tensor<3xi32>) -> tensor<3x2x4xi8>
  // CHECK-NEXT: %[[T2:.*]] = "tfl.transpose"(%arg0, %arg1) : (tensor<2x3x4xi8>, tensor<3xi32>) -> tensor<?x?x?xi8>
  // CHECK-NEXT: %[[P3:.*]] = "tfl.cast"(%arg2) : (tensor<3xi64>) -> tensor<3xi32>
  // CHECK-NEXT: %[[T3:.*]] = "tfl.transpose"(%arg0, %[[P3]]) : (tensor<2x3x4xi8>, tensor<3xi32>) -> tensor<?x?x?xi8>
  // CHECK-NEXT: return %[[T0]], %[[T1]], %[[T2]], %[[T3]]
  %perm = "tf.Const"() {value = dense<[2, 0, 1]> : tensor<3xi32>} : () -> tensor<3xi32>
  %0 = "tf.Transpose"(%x, %perm) : (tensor<2x3x4xi8>, tensor<3xi32>) -> tensor<4x2x3xi8>
  %perm64 = "tf.Const"() {value = dense<[1, 0, 2]> : tensor<3xi64>} : () -> tensor<3xi64>
  %1 = "tf.Transpose"(%x, %perm64) : (tensor<2x3x4xi8>, tensor<3xi64>) -> tensor<3x2x4xi8>
  %2 = "tf.Transpose"(%x, %p32) : (tensor<2x3x4xi8>, tensor<3xi32>) -> tensor<?x?x?xi8>
  %3 = "tf.Transpose"(%x, %p64) : (tensor<2x3x4xi8>, tensor<3xi64>) -> tensor<?x?x?xi8>
  return %0, %1, %2, %3 : tensor<4x2x3xi8>, tensor<3x2x4xi8>, tensor<?x?x?xi8>, tensor<?x?x?xi8>
}

// CHECK-LABEL: func.func @squeeze_and_mean
func.func @squeeze_and_mean(%x: tensor<1x3x1x2xf32>, %q: tensor<1x3x1x2xi16>) -> (tensor<3x2xf32>, tensor<3x1x2xf32>, tensor<1x2xf32>, tensor<1x1x1x2xf32>, tensor<1x2xf32>, tensor<1x1x1x2xi16>) {
  // A missing squeeze_dims/keep_dims reads as TF's default and is written out.
  // CHECK-NEXT: %[[S0:.*]] = "tfl.squeeze"(%arg0) {squeeze_dims = []} : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  // CHECK-NEXT: %[[S1:.*]] = "tfl.squeeze"(%arg0) {squeeze_dims = [0]} : (tensor<1x3x1x2xf32>) -> tensor<3x1x2xf32>
  // CHECK-NEXT: %[[AX:.*]] = arith.constant dense<[1, 2]> : tensor<2xi32>
  // CHECK-NEXT: %[[M0:.*]] = "tfl.mean"(%arg0, %[[AX]]) {keep_dims = false} : (tensor<1x3x1x2xf32>, tensor<2xi32>) -> tensor<1x2xf32>
  // CHECK-NEXT: %[[M1:.*]] = "tfl.mean"(%arg0, %[[AX]]) {keep_dims = true} : (tensor<1x3x1x2xf32>, tensor<2xi32>) -> tensor<1x1x1x2xf32>
  // tfl.mean takes i32 axes only, and has no i16 kernel.
  // CHECK-NEXT: %[[AX64:.*]] = arith.constant dense<[1, 2]> : tensor<2xi64>
  // CHECK-NEXT: %[[M2:.*]] = "tf.Mean"(%arg0, %[[AX64]]) : (tensor<1x3x1x2xf32>, tensor<2xi64>) -> tensor<1x2xf32>
  // CHECK-NEXT: %[[M3:.*]] = "tf.Mean"(%arg1, %[[AX]]) {keep_dims = true} : (tensor<1x3x1x2xi16>, tensor<2xi32>) -> tensor<1x1x1x2xi16>
  // CHECK-NEXT: return %[[S0]], %[[S1]], %[[M0]], %[[M1]], %[[M2]], %[[M3]]
  %0 = "tf.Squeeze"(%x) : (tensor<1x3x1x2xf32>) -> tensor<3x2xf32>
  %1 = "tf.Squeeze"(%x) {squeeze_dims = [0]} : (tensor<1x3x1x2xf32>) -> tensor<3x1x2xf32>
  %axes = "tf.Const"() {value = dense<[1, 2]> : tensor<2xi32>} : () -> tensor<2xi32>
  %2 = "tf.Mean"(%x, %axes) : (tensor<1x3x1x2xf32>, tensor<2xi32>) -> tensor<1x2xf32>
  %3 = "tf.Mean"(%x, %axes) {keep_dims = true} : (tensor<1x3x1x2xf32>, tensor<2xi32>) -> tensor<1x1x1x2xf32>
  %axes64 = "tf.Const"() {value = dense<[1, 2]> : tensor<2xi64>} : () -> tensor<2xi64>
  %4 = "tf.Mean"(%x, %axes64) : (tensor<1x3x1x2xf32>, tensor<2xi64>) -> tensor<1x2xf32>
  %5 = "tf.Mean"(%q, %axes) {keep_dims = true} : (tensor<1x3x1x2xi16>, tensor<2xi32>) -> tensor<1x1x1x2xi16>
  return %0, %1, %2, %3, %4, %5 : tensor<3x2xf32>, tensor<3x1x2xf32>, tensor<1x2xf32>, tensor<1x1x1x2xf32>, tensor<1x2xf32>, tensor<1x1x1x2xi16>
}

// CHECK-LABEL: func.func @pad
func.func @pad(%x: tensor<2x3xf32>, %i: tensor<2x3xi64>, %h: tensor<2x3xf16>, %p: tensor<2x2xi32>, %p64: tensor<2x2xi64>, %v: tensor<f32>) -> (tensor<4x5xf32>, tensor<?x?xi64>, tensor<4x5xf16>, tensor<4x5xf32>) {
  // CHECK-NEXT: %[[P0:.*]] = "tfl.pad"(%arg0, %arg3) : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<4x5xf32>
  // CHECK-NEXT: %[[P1:.*]] = "tfl.pad"(%arg1, %arg4) : (tensor<2x3xi64>, tensor<2x2xi64>) -> tensor<?x?xi64>
  // Neither tfl.pad nor (through TF's Pad -> PadV2 lowering) tfl.padv2 has an f16 kernel.
  // CHECK-NEXT: %[[P2:.*]] = "tf.Pad"(%arg2, %arg3) : (tensor<2x3xf16>, tensor<2x2xi32>) -> tensor<4x5xf16>
  // CHECK-NEXT: %[[P3:.*]] = "tfl.padv2"(%arg0, %arg3, %arg5) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<f32>) -> tensor<4x5xf32>
  // CHECK-NEXT: return %[[P0]], %[[P1]], %[[P2]], %[[P3]]
  %0 = "tf.Pad"(%x, %p) : (tensor<2x3xf32>, tensor<2x2xi32>) -> tensor<4x5xf32>
  %1 = "tf.Pad"(%i, %p64) : (tensor<2x3xi64>, tensor<2x2xi64>) -> tensor<?x?xi64>
  %2 = "tf.Pad"(%h, %p) : (tensor<2x3xf16>, tensor<2x2xi32>) -> tensor<4x5xf16>
  %3 = "tf.PadV2"(%x, %p, %v) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<f32>) -> tensor<4x5xf32>
  return %0, %1, %2, %3 : tensor<4x5xf32>, tensor<?x?xi64>, tensor<4x5xf16>, tensor<4x5xf32>
}

// CHECK-LABEL: func.func @bias_add
func.func @bias_add(%x: tensor<1x4x4x3xf32>, %b: tensor<3xf32>, %n: tensor<1x3x4x4xf32>, %h: tensor<2x3xf16>, %hb: tensor<3xf16>) -> (tensor<1x4x4x3xf32>, tensor<1x3x4x4xf32>, tensor<2x3xf16>) {
  // NHWC f32 BiasAdd is an add; NCHW and other element types stay.
  // CHECK-NEXT: %[[A:.*]] = tfl.add(%arg0, %arg1) {fused_activation_function = "NONE"} : (tensor<1x4x4x3xf32>, tensor<3xf32>) -> tensor<1x4x4x3xf32>
  // CHECK-NEXT: %[[N:.*]] = "tf.BiasAdd"(%arg2, %arg1) {data_format = "NCHW"} : (tensor<1x3x4x4xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>
  // CHECK-NEXT: %[[H:.*]] = "tf.BiasAdd"(%arg3, %arg4) : (tensor<2x3xf16>, tensor<3xf16>) -> tensor<2x3xf16>
  // CHECK-NEXT: return %[[A]], %[[N]], %[[H]]
  %0 = "tf.BiasAdd"(%x, %b) : (tensor<1x4x4x3xf32>, tensor<3xf32>) -> tensor<1x4x4x3xf32>
  %1 = "tf.BiasAdd"(%n, %b) {data_format = "NCHW"} : (tensor<1x3x4x4xf32>, tensor<3xf32>) -> tensor<1x3x4x4xf32>
  %2 = "tf.BiasAdd"(%h, %hb) : (tensor<2x3xf16>, tensor<3xf16>) -> tensor<2x3xf16>
  return %0, %1, %2 : tensor<1x4x4x3xf32>, tensor<1x3x4x4xf32>, tensor<2x3xf16>
}

// CHECK-LABEL: func.func @matmul
func.func @matmul(%a: tensor<3x5xf32>, %b: tensor<5x7xf32>, %bt: tensor<7x5xf32>, %at: tensor<5x3xf32>, %i: tensor<3x5xi32>, %j: tensor<5x7xi32>) -> (tensor<3x7xf32>, tensor<3x7xf32>, tensor<3x7xf32>, tensor<3x7xi32>) {
  // fully_connected wants the rhs as [units, depth]: an untransposed rhs is transposed.
  // CHECK-NEXT: %[[PERM:.*]] = arith.constant dense<[1, 0]> : tensor<2xi32>
  // CHECK-NEXT: %[[BT:.*]] = "tfl.transpose"(%arg1, %[[PERM]]) : (tensor<5x7xf32>, tensor<2xi32>) -> tensor<7x5xf32>
  // CHECK-NEXT: %[[NONE:.*]] = "tfl.no_value"() {value} : () -> none
  // CHECK-NEXT: %[[F0:.*]] = "tfl.fully_connected"(%arg0, %[[BT]], %[[NONE]]) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<3x5xf32>, tensor<7x5xf32>, none) -> tensor<3x7xf32>
  // CHECK-NEXT: %[[NONE1:.*]] = "tfl.no_value"() {value} : () -> none
  // CHECK-NEXT: %[[F1:.*]] = "tfl.fully_connected"(%arg0, %arg2, %[[NONE1]]) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<3x5xf32>, tensor<7x5xf32>, none) -> tensor<3x7xf32>
  // A transposed lhs is transposed back, each transpose with its own permutation constant.
  // CHECK-NEXT: %[[PA:.*]] = arith.constant dense<[1, 0]> : tensor<2xi32>
  // CHECK-NEXT: %[[A:.*]] = "tfl.transpose"(%arg3, %[[PA]]) : (tensor<5x3xf32>, tensor<2xi32>) -> tensor<3x5xf32>
  // CHECK-NEXT: %[[PB:.*]] = arith.constant dense<[1, 0]> : tensor<2xi32>
  // CHECK-NEXT: %[[B:.*]] = "tfl.transpose"(%arg1, %[[PB]]) : (tensor<5x7xf32>, tensor<2xi32>) -> tensor<7x5xf32>
  // CHECK-NEXT: %[[NONE2:.*]] = "tfl.no_value"() {value} : () -> none
  // CHECK-NEXT: %[[F2:.*]] = "tfl.fully_connected"(%[[A]], %[[B]], %[[NONE2]])
  // Integer fully_connected has no kernel.
  // CHECK-NEXT: %[[F3:.*]] = "tf.MatMul"(%arg4, %arg5) : (tensor<3x5xi32>, tensor<5x7xi32>) -> tensor<3x7xi32>
  // CHECK-NEXT: return %[[F0]], %[[F1]], %[[F2]], %[[F3]]
  %0 = "tf.MatMul"(%a, %b) {transpose_a = false, transpose_b = false} : (tensor<3x5xf32>, tensor<5x7xf32>) -> tensor<3x7xf32>
  %1 = "tf.MatMul"(%a, %bt) {transpose_b = true} : (tensor<3x5xf32>, tensor<7x5xf32>) -> tensor<3x7xf32>
  %2 = "tf.MatMul"(%at, %b) {transpose_a = true} : (tensor<5x3xf32>, tensor<5x7xf32>) -> tensor<3x7xf32>
  %3 = "tf.MatMul"(%i, %j) : (tensor<3x5xi32>, tensor<5x7xi32>) -> tensor<3x7xi32>
  return %0, %1, %2, %3 : tensor<3x7xf32>, tensor<3x7xf32>, tensor<3x7xf32>, tensor<3x7xi32>
}

// CHECK-LABEL: func.func @concat
func.func @concat(%a: tensor<2x3xf32>, %b: tensor<2x1xf32>, %i: tensor<2x3xi32>, %axis: tensor<i32>) -> (tensor<2x7xf32>, tensor<4x3xi32>, tensor<?x?xf32>) {
  // The constant axis becomes an i32 attribute (an i64 one included).
  // CHECK-NEXT: %[[X1:.*]] = arith.constant dense<1> : tensor<i32>
  // CHECK-NEXT: %[[C0:.*]] = "tfl.concatenation"(%arg0, %arg1, %arg0) {axis = 1 : i32, fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x3xf32>) -> tensor<2x7xf32>
  // CHECK-NEXT: %[[X0:.*]] = arith.constant dense<-2> : tensor<i64>
  // CHECK-NEXT: %[[C1:.*]] = "tfl.concatenation"(%arg2, %arg2) {axis = -2 : i32, fused_activation_function = "NONE"} : (tensor<2x3xi32>, tensor<2x3xi32>) -> tensor<4x3xi32>
  // An axis that is not a constant stays a tf.ConcatV2.
  // CHECK-NEXT: %[[C2:.*]] = "tf.ConcatV2"(%arg0, %arg1, %arg3) : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<i32>) -> tensor<?x?xf32>
  // CHECK-NEXT: return %[[C0]], %[[C1]], %[[C2]]
  %one = "tf.Const"() {value = dense<1> : tensor<i32>} : () -> tensor<i32>
  %0 = "tf.ConcatV2"(%a, %b, %a, %one) : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<2x3xf32>, tensor<i32>) -> tensor<2x7xf32>
  %neg = "tf.Const"() {value = dense<-2> : tensor<i64>} : () -> tensor<i64>
  %1 = "tf.ConcatV2"(%i, %i, %neg) : (tensor<2x3xi32>, tensor<2x3xi32>, tensor<i64>) -> tensor<4x3xi32>
  %2 = "tf.ConcatV2"(%a, %b, %axis) : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<i32>) -> tensor<?x?xf32>
  return %0, %1, %2 : tensor<2x7xf32>, tensor<4x3xi32>, tensor<?x?xf32>
}

// CHECK-LABEL: func.func @pooling
func.func @pooling(%x: tensor<1x6x6x2xf32>, %n: tensor<1x2x6x6xf32>, %h: tensor<1x6x6x2xf16>) -> (tensor<1x3x3x2xf32>, tensor<1x2x3x2xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x3x3x2xf32>, tensor<1x3x3x2xf16>) {
  // NHWC (also when data_format is absent): filter/stride height and width from [1, h, w, 1].
  // CHECK-NEXT: %[[MP:.*]] = "tfl.max_pool_2d"(%arg0) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  // CHECK-NEXT: %[[AP:.*]] = "tfl.average_pool_2d"(%arg0) {filter_height = 3 : i32, filter_width = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 3 : i32, stride_w = 2 : i32} : (tensor<1x6x6x2xf32>) -> tensor<1x2x3x2xf32>
  // NCHW pools run in NHWC between transposes.
  // CHECK-NEXT: %[[TO:.*]] = arith.constant dense<[0, 2, 3, 1]> : tensor<4xi32>
  // CHECK-NEXT: %[[IN:.*]] = "tfl.transpose"(%arg1, %[[TO]]) : (tensor<1x2x6x6xf32>, tensor<4xi32>) -> tensor<1x6x6x2xf32>
  // CHECK-NEXT: %[[NP:.*]] = "tfl.max_pool_2d"(%[[IN]]) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  // CHECK-NEXT: %[[BACK:.*]] = arith.constant dense<[0, 3, 1, 2]> : tensor<4xi32>
  // CHECK-NEXT: %[[OUT:.*]] = "tfl.transpose"(%[[NP]], %[[BACK]]) : (tensor<1x3x3x2xf32>, tensor<4xi32>) -> tensor<1x2x3x3xf32>
  // CHECK-NEXT: %[[TO2:.*]] = arith.constant dense<[0, 2, 3, 1]> : tensor<4xi32>
  // CHECK-NEXT: %[[IN2:.*]] = "tfl.transpose"(%arg1, %[[TO2]])
  // CHECK-NEXT: %[[NA:.*]] = "tfl.average_pool_2d"(%[[IN2]]) {filter_height = 1 : i32, filter_width = 3 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  // CHECK-NEXT: %[[BACK2:.*]] = arith.constant dense<[0, 3, 1, 2]> : tensor<4xi32>
  // CHECK-NEXT: %[[OUT2:.*]] = "tfl.transpose"(%[[NA]], %[[BACK2]]) : (tensor<1x3x3x2xf32>, tensor<4xi32>) -> tensor<1x2x3x3xf32>
  // A window that is not [1, h, w, 1] in NHWC, and f16 average pooling, stay.
  // CHECK-NEXT: %[[BAD:.*]] = "tf.MaxPool"(%arg0) {ksize = [2, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]}
  // CHECK-NEXT: %[[HAP:.*]] = "tf.AvgPool"(%arg2)
  // CHECK-NEXT: return %[[MP]], %[[AP]], %[[OUT]], %[[OUT2]], %[[BAD]], %[[HAP]]
  %0 = "tf.MaxPool"(%x) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  %1 = "tf.AvgPool"(%x) {ksize = [1, 3, 1, 1], padding = "SAME", strides = [1, 3, 2, 1]} : (tensor<1x6x6x2xf32>) -> tensor<1x2x3x2xf32>
  %2 = "tf.MaxPool"(%n) {data_format = "NCHW", ksize = [1, 1, 2, 2], padding = "VALID", strides = [1, 1, 2, 2]} : (tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32>
  %3 = "tf.AvgPool"(%n) {data_format = "NCHW", ksize = [1, 1, 1, 3], padding = "SAME", strides = [1, 1, 2, 2]} : (tensor<1x2x6x6xf32>) -> tensor<1x2x3x3xf32>
  %4 = "tf.MaxPool"(%x) {ksize = [2, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x6x6x2xf32>) -> tensor<1x3x3x2xf32>
  %5 = "tf.AvgPool"(%h) {ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x6x6x2xf16>) -> tensor<1x3x3x2xf16>
  return %0, %1, %2, %3, %4, %5 : tensor<1x3x3x2xf32>, tensor<1x2x3x2xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x3x3x2xf32>, tensor<1x3x3x2xf16>
}
