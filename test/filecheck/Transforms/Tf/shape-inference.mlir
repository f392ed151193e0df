// RUN: lce-opt %s -tf-shape-inference -split-input-file -allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(mlir-setbatchsize),tf-shape-inference)' -split-input-file -allow-unregistered-dialect | FileCheck %s --check-prefix=BATCH

// After mlir-setbatchsize, static shapes flow through convolution, pooling, reshape and matmul,
// and the function's result type follows.
// BATCH-LABEL: func.func @classifier(%arg0: tensor<1x9x9x2xf32>) -> tensor<1x5xf32>
// BATCH: "tf.Conv2D"{{.*}} -> tensor<1x5x5x6xf32>
// BATCH: "tf.BiasAdd"{{.*}} -> tensor<1x5x5x6xf32>
// BATCH: "tf.Relu6"{{.*}} -> tensor<1x5x5x6xf32>
// BATCH: "tf.DepthwiseConv2dNative"{{.*}} -> tensor<1x3x3x12xf32>
// BATCH: "tf.AvgPool"{{.*}} -> tensor<1x2x2x12xf32>
// BATCH: "tf.Reshape"{{.*}} -> tensor<1x48xf32>
// BATCH: "tf.MatMul"{{.*}} -> tensor<1x5xf32>
// BATCH: return %{{.*}} : tensor<1x5xf32>
// Without the batch size only the other dimensions are known.
// CHECK-LABEL: func.func @classifier(%arg0: tensor<?x9x9x2xf32>) -> tensor<?x5xf32>
// CHECK: "tf.Conv2D"{{.*}} -> tensor<?x5x5x6xf32>
// CHECK: "tf.Reshape"{{.*}} -> tensor<?x48xf32>
func.func @classifier(%x: tensor<?x9x9x2xf32>) -> tensor<?x?xf32> {
  %w = "tf.Const"() {value = dense<1.0> : tensor<3x3x2x6xf32>} : () -> tensor<3x3x2x6xf32>
  %b = "tf.Const"() {value = dense<0.5> : tensor<6xf32>} : () -> tensor<6xf32>
  %dw = "tf.Const"() {value = dense<1.0> : tensor<3x3x6x2xf32>} : () -> tensor<3x3x6x2xf32>
  %s = "tf.Const"() {value = dense<[-1, 48]> : tensor<2xi64>} : () -> tensor<2xi64>
  %k = "tf.Const"() {value = dense<1.0> : tensor<5x48xf32>} : () -> tensor<5x48xf32>
  %0 = "tf.Conv2D"(%x, %w) {padding = "SAME", strides = [1, 2, 2, 1]} : (tensor<?x9x9x2xf32>, tensor<3x3x2x6xf32>) -> tensor<*xf32>
  %1 = "tf.BiasAdd"(%0, %b) : (tensor<*xf32>, tensor<6xf32>) -> tensor<*xf32>
  %2 = "tf.Relu6"(%1) : (tensor<*xf32>) -> tensor<*xf32>
  %3 = "tf.DepthwiseConv2dNative"(%2, %dw) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<*xf32>, tensor<3x3x6x2xf32>) -> tensor<*xf32>
  %4 = "tf.AvgPool"(%3) {ksize = [1, 2, 2, 1], strides = [1, 2, 2, 1], padding = "SAME"} : (tensor<*xf32>) -> tensor<*xf32>
  %5 = "tf.Reshape"(%4, %s) : (tensor<*xf32>, tensor<2xi64>) -> tensor<?x?xf32>
  %6 = "tf.MatMul"(%5, %k) {transpose_b = true} : (tensor<?x?xf32>, tensor<5x48xf32>) -> tensor<?x?xf32>
  return %6 : tensor<?x?xf32>
}

// -----

// Broadcasting binary ops, select, reductions, squeeze, transpose, pad, concat, expand_dims.
// CHECK-LABEL: func.func @shapes
// CHECK: "tf.AddV2"{{.*}} -> tensor<2x3x4xf32>
// CHECK: "tf.GreaterEqual"{{.*}} -> tensor<2x3x4xi1>
// CHECK: "tf.SelectV2"{{.*}} -> tensor<2x3x4xf32>
// CHECK: "tf.Mean"{{.*}} -> tensor<2x1x4xf32>
// CHECK: "tf.Sum"{{.*}} -> tensor<2xf32>
// CHECK: "tf.Squeeze"{{.*}} -> tensor<2x4xf32>
// CHECK: "tf.Transpose"{{.*}} -> tensor<4x2xf32>
// CHECK: "tf.PadV2"{{.*}} -> tensor<7x3xf32>
// CHECK: "tf.ConcatV2"{{.*}} -> tensor<7x6xf32>
// CHECK: "tf.ExpandDims"{{.*}} -> tensor<7x6x1xf32>
// CHECK: return {{.*}} : tensor<7x6x1xf32>, tensor<2xf32>
func.func @shapes(%x: tensor<2x3x4xf32>, %y: tensor<4xf32>) -> (tensor<*xf32>, tensor<*xf32>) {
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %ax1 = "tf.Const"() {value = dense<1> : tensor<1xi32>} : () -> tensor<1xi32>
  %ax12 = "tf.Const"() {value = dense<[-1, 1]> : tensor<2xi32>} : () -> tensor<2xi32>
  %perm = "tf.Const"() {value = dense<[1, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
  %pads = "tf.Const"() {value = dense<[[1, 2], [0, 1]]> : tensor<2x2xi32>} : () -> tensor<2x2xi32>
  %cax = "tf.Const"() {value = dense<-1> : tensor<i32>} : () -> tensor<i32>
  %eax = "tf.Const"() {value = dense<2> : tensor<i32>} : () -> tensor<i32>
  %0 = "tf.AddV2"(%x, %y) : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<*xf32>
  %1 = "tf.GreaterEqual"(%0, %zero) : (tensor<*xf32>, tensor<f32>) -> tensor<*xi1>
  %2 = "tf.SelectV2"(%1, %0, %zero) : (tensor<*xi1>, tensor<*xf32>, tensor<f32>) -> tensor<*xf32>
  %3 = "tf.Mean"(%2, %ax1) {keep_dims = true} : (tensor<*xf32>, tensor<1xi32>) -> tensor<*xf32>
  %4 = "tf.Sum"(%2, %ax12) {keep_dims = false} : (tensor<*xf32>, tensor<2xi32>) -> tensor<*xf32>
  %5 = "tf.Squeeze"(%3) : (tensor<*xf32>) -> tensor<*xf32>
  %6 = "tf.Transpose"(%5, %perm) : (tensor<*xf32>, tensor<2xi32>) -> tensor<*xf32>
  %7 = "tf.PadV2"(%6, %pads, %zero) : (tensor<*xf32>, tensor<2x2xi32>, tensor<f32>) -> tensor<*xf32>
  %8 = "tf.ConcatV2"(%7, %7, %cax) : (tensor<*xf32>, tensor<*xf32>, tensor<i32>) -> tensor<*xf32>
  %9 = "tf.ExpandDims"(%8, %eax) : (tensor<*xf32>, tensor<i32>) -> tensor<*xf32>
  return %9, %4 : tensor<*xf32>, tensor<*xf32>
}

// -----

// Left alone: a known dimension that contradicts the inferred one, a result used outside the
// tf dialect, ops without a shape function, non-constant reshape targets.
// CHECK-LABEL: func.func @kept
// CHECK: "tf.Mean"(%arg0, %{{.*}}) {keep_dims = true} : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2x5xf32>
// CHECK: "tf.Relu"(%arg0) : (tensor<2x3xf32>) -> tensor<*xf32>
// CHECK: "tf.Unknown"{{.*}} -> tensor<*xf32>
// CHECK: "tf.Reshape"{{.*}} -> tensor<?x?xf32>
func.func @kept(%x: tensor<2x3xf32>, %s: tensor<2xi32>) -> (tensor<2x5xf32>, tensor<*xf32>, tensor<*xf32>, tensor<?x?xf32>) {
  %ax = "tf.Const"() {value = dense<1> : tensor<1xi32>} : () -> tensor<1xi32>
  %0 = "tf.Mean"(%x, %ax) {keep_dims = true} : (tensor<2x3xf32>, tensor<1xi32>) -> tensor<2x5xf32>
  %1 = "tf.Relu"(%x) : (tensor<2x3xf32>) -> tensor<*xf32>
  %2 = "test.use"(%1) : (tensor<*xf32>) -> tensor<*xf32>
  %3 = "tf.Unknown"(%x) : (tensor<2x3xf32>) -> tensor<*xf32>
  %4 = "tf.Reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<?x?xf32>
  return %0, %2, %3, %4 : tensor<2x5xf32>, tensor<*xf32>, tensor<*xf32>, tensor<?x?xf32>
}
