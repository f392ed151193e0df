// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s --check-prefix=ARM
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -o %t 2>&1 | FileCheck %s --check-prefix=XCORE --allow-empty
// RUN: lce-opt %s -tfl-prepare-lce=target=arm -o %t 2>&1 | FileCheck %s --check-prefix=ONCE

// tfl-prepare-lce: the filter-shape error of a SAME convolution comes from the same-zero
// pattern, which only the arm target has. The error is reported once, although the pass
// visits the convolution again after other rewrites in the function (here the select, and
// the op-removal patterns turning the tf.Const filter into an arith.constant); the message
// ends with a newline, as LCE's. A pass reporting the error does not fail: the output is
// printed and the exit code is 0, as with mlir-opt.

// ARM-LABEL: func.func @same_zero_grouped
// ARM: "tf.Conv2D"
// ARM: "lq.Quantize"
// XCORE-NOT: error
// ONCE: prepare-filter-shape-arm.mlir:[[# @LINE + 5]]:13: error: Invalid binary grouped convolution: the number of input channels per-group must be a multiple of 32, but is 24{{$}}
// ONCE-EMPTY:
// ONCE-NOT: error
func.func @same_zero_grouped(%arg0: tensor<1x5x5x3xi32>, %c: tensor<4x4xi1>) -> (tensor<1x5x5x8xf32>, tensor<4x4xf32>) {
  // expected-error @+1 {{Invalid binary grouped convolution: the number of input channels per-group must be a multiple of 32, but is 24}}
  %filter = "tf.Const"() {value = dense<-0.25> : tensor<3x3x24x8xf32>} : () -> tensor<3x3x24x8xf32>
  %plus = "tf.Const"() {value = dense<1.0> : tensor<4x4xf32>} : () -> tensor<4x4xf32>
  %minus = "tf.Const"() {value = dense<-1.0> : tensor<4x4xf32>} : () -> tensor<4x4xf32>
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x5x5x3xi32>) -> tensor<1x5x5x72xf32>
  %1 = "tf.Conv2D"(%0, %filter) {padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x5x5x72xf32>, tensor<3x3x24x8xf32>) -> tensor<1x5x5x8xf32>
  %2 = "tf.SelectV2"(%c, %plus, %minus) : (tensor<4x4xi1>, tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  return %1, %2 : tensor<1x5x5x8xf32>, tensor<4x4xf32>
}
