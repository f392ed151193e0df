// RUN: lce-opt %s -tfl-optimize-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-optimize-lce=target=xcore -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(tfl-optimize-lce{target=xcore}))' | FileCheck %s

// lq.Quantize of a comparison (both targets): bitpacking writes +1 exactly where `x >= t`
// holds, so Quantize(x >= 0) is Quantize(x), Quantize(x >= t) is Quantize(x - t), and
// Quantize(a <= b) is Quantize(b >= a).

// An all-zero f32 constant of any shape that broadcasts; -0.0 compares equal to 0.0.
// CHECK-LABEL: func.func @ge_zero_vector
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<5x33xf32>) -> tensor<5x2xi32>
// CHECK-NEXT: return %0
func.func @ge_zero_vector(%arg0: tensor<5x33xf32>) -> tensor<5x2xi32> {
  %zero = arith.constant dense<0.0> : tensor<33xf32>
  %0 = "tfl.greater_equal"(%arg0, %zero) : (tensor<5x33xf32>, tensor<33xf32>) -> tensor<5x33xi1>
  %1 = "lq.Quantize"(%0) : (tensor<5x33xi1>) -> tensor<5x2xi32>
  return %1 : tensor<5x2xi32>
}

// CHECK-LABEL: func.func @ge_negative_zeros
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<3x2xf32>) -> tensor<3x1xi32>
// CHECK-NEXT: return %0
func.func @ge_negative_zeros(%arg0: tensor<3x2xf32>) -> tensor<3x1xi32> {
  %zero = arith.constant dense<[0.0, -0.0]> : tensor<2xf32>
  %0 = "tfl.greater_equal"(%arg0, %zero) : (tensor<3x2xf32>, tensor<2xf32>) -> tensor<3x2xi1>
  %1 = "lq.Quantize"(%0) : (tensor<3x2xi1>) -> tensor<3x1xi32>
  return %1 : tensor<3x1xi32>
}

// Rank 4, 100 channels: four words.
// CHECK-LABEL: func.func @ge_zero_nhwc
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x3x3x100xf32>) -> tensor<1x3x3x4xi32>
// CHECK-NEXT: return %0
func.func @ge_zero_nhwc(%arg0: tensor<1x3x3x100xf32>) -> tensor<1x3x3x4xi32> {
  %zero = arith.constant dense<0.0> : tensor<f32>
  %0 = "tfl.greater_equal"(%arg0, %zero) : (tensor<1x3x3x100xf32>, tensor<f32>) -> tensor<1x3x3x100xi1>
  %1 = "lq.Quantize"(%0) : (tensor<1x3x3x100xi1>) -> tensor<1x3x3x4xi32>
  return %1 : tensor<1x3x3x4xi32>
}

// One nonzero element: the general rewrite, with the constant kept.
// CHECK-LABEL: func.func @ge_some_nonzero
// CHECK-NEXT: %cst = arith.constant dense<[0.000000e+00, 1.500000e+00]> : tensor<2xf32>
// CHECK-NEXT: %0 = tfl.sub(%arg0, %cst) {fused_activation_function = "NONE"} : (tensor<3x2xf32>, tensor<2xf32>) -> tensor<3x2xf32>
// CHECK-NEXT: %1 = "lq.Quantize"(%0) : (tensor<3x2xf32>) -> tensor<3x1xi32>
// CHECK-NEXT: return %1
func.func @ge_some_nonzero(%arg0: tensor<3x2xf32>) -> tensor<3x1xi32> {
  %t = arith.constant dense<[0.0, 1.5]> : tensor<2xf32>
  %0 = "tfl.greater_equal"(%arg0, %t) : (tensor<3x2xf32>, tensor<2xf32>) -> tensor<3x2xi1>
  %1 = "lq.Quantize"(%0) : (tensor<3x2xi1>) -> tensor<3x1xi32>
  return %1 : tensor<3x1xi32>
}

// A zero that is not an arith.constant (a tfl.pseudo_const) goes through the general rewrite.
// CHECK-LABEL: func.func @ge_zero_pseudo_const
// CHECK: %[[SUB:.*]] = tfl.sub(%arg0, %{{.*}}) {fused_activation_function = "NONE"} : (tensor<2x32xf32>, tensor<f32>) -> tensor<2x32xf32>
// CHECK-NEXT: "lq.Quantize"(%[[SUB]])
func.func @ge_zero_pseudo_const(%arg0: tensor<2x32xf32>) -> tensor<2x1xi32> {
  %zero = "tfl.pseudo_const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %0 = "tfl.greater_equal"(%arg0, %zero) : (tensor<2x32xf32>, tensor<f32>) -> tensor<2x32xi1>
  %1 = "lq.Quantize"(%0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
  return %1 : tensor<2x1xi32>
}

// Integer comparisons: LCE reads the zero constant as float, which is only defined for f32;
// an i32 zero takes the general rewrite (same bits: x - 0 >= 0 where x >= 0).
// CHECK-LABEL: func.func @ge_zero_i32
// CHECK-NEXT: %cst = arith.constant dense<0> : tensor<i32>
// CHECK-NEXT: %0 = tfl.sub(%arg0, %cst) {fused_activation_function = "NONE"} : (tensor<4x40xi32>, tensor<i32>) -> tensor<4x40xi32>
// CHECK-NEXT: %1 = "lq.Quantize"(%0) : (tensor<4x40xi32>) -> tensor<4x2xi32>
func.func @ge_zero_i32(%arg0: tensor<4x40xi32>) -> tensor<4x2xi32> {
  %zero = arith.constant dense<0> : tensor<i32>
  %0 = "tfl.greater_equal"(%arg0, %zero) : (tensor<4x40xi32>, tensor<i32>) -> tensor<4x40xi1>
  %1 = "lq.Quantize"(%0) : (tensor<4x40xi1>) -> tensor<4x2xi32>
  return %1 : tensor<4x2xi32>
}

// Two variable operands; the sub takes the broadcast type.
// CHECK-LABEL: func.func @ge_broadcast
// CHECK-NEXT: %0 = tfl.sub(%arg0, %arg1) {fused_activation_function = "NONE"} : (tensor<7x1x31xf32>, tensor<6x1xf32>) -> tensor<7x6x31xf32>
// CHECK-NEXT: %1 = "lq.Quantize"(%0) : (tensor<7x6x31xf32>) -> tensor<7x6x1xi32>
func.func @ge_broadcast(%arg0: tensor<7x1x31xf32>, %arg1: tensor<6x1xf32>) -> tensor<7x6x1xi32> {
  %0 = "tfl.greater_equal"(%arg0, %arg1) : (tensor<7x1x31xf32>, tensor<6x1xf32>) -> tensor<7x6x31xi1>
  %1 = "lq.Quantize"(%0) : (tensor<7x6x31xi1>) -> tensor<7x6x1xi32>
  return %1 : tensor<7x6x1xi32>
}

// Quantized operands with one type: the sub is quantized the same way.
// CHECK-LABEL: func.func @ge_quantized
// CHECK-NEXT: %0 = tfl.sub(%arg0, %arg1) {fused_activation_function = "NONE"} : (tensor<4x8x!quant.uniform<i8:f32, 5.000000e-01:-3>>, tensor<8x!quant.uniform<i8:f32, 5.000000e-01:-3>>) -> tensor<4x8x!quant.uniform<i8:f32, 5.000000e-01:-3>>
// CHECK-NEXT: %1 = "lq.Quantize"(%0) : (tensor<4x8x!quant.uniform<i8:f32, 5.000000e-01:-3>>) -> tensor<4x1xi32>
func.func @ge_quantized(%arg0: tensor<4x8x!quant.uniform<i8:f32, 0.5:-3>>, %arg1: tensor<8x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<4x1xi32> {
  %0 = "tfl.greater_equal"(%arg0, %arg1) : (tensor<4x8x!quant.uniform<i8:f32, 0.5:-3>>, tensor<8x!quant.uniform<i8:f32, 0.5:-3>>) -> tensor<4x8xi1>
  %1 = "lq.Quantize"(%0) : (tensor<4x8xi1>) -> tensor<4x1xi32>
  return %1 : tensor<4x1xi32>
}

// Differently quantized operands have no common sub type (TF's builder would fail): kept.
// CHECK-LABEL: func.func @ge_quantized_mismatch
// CHECK-NEXT: %0 = tfl.greater_equal(%arg0, %arg1)
// CHECK-NEXT: %1 = "lq.Quantize"(%0)
func.func @ge_quantized_mismatch(%arg0: tensor<4x8x!quant.uniform<i8:f32, 0.5:-3>>, %arg1: tensor<8x!quant.uniform<i8:f32, 0.25:-3>>) -> tensor<4x1xi32> {
  %0 = "tfl.greater_equal"(%arg0, %arg1) : (tensor<4x8x!quant.uniform<i8:f32, 0.5:-3>>, tensor<8x!quant.uniform<i8:f32, 0.25:-3>>) -> tensor<4x8xi1>
  %1 = "lq.Quantize"(%0) : (tensor<4x8xi1>) -> tensor<4x1xi32>
  return %1 : tensor<4x1xi32>
}

// The comparison has a second use: nothing changes.
// CHECK-LABEL: func.func @ge_zero_two_uses
// CHECK-NEXT: %cst = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %0 = tfl.greater_equal(%arg0, %cst)
// CHECK-NEXT: %1 = "lq.Quantize"(%0)
// CHECK-NEXT: return %1, %0
func.func @ge_zero_two_uses(%arg0: tensor<2x32xf32>) -> (tensor<2x1xi32>, tensor<2x32xi1>) {
  %zero = arith.constant dense<0.0> : tensor<f32>
  %0 = "tfl.greater_equal"(%arg0, %zero) : (tensor<2x32xf32>, tensor<f32>) -> tensor<2x32xi1>
  %1 = "lq.Quantize"(%0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
  return %1, %0 : tensor<2x1xi32>, tensor<2x32xi1>
}

// Two Quantize users are two uses as well.
// CHECK-LABEL: func.func @ge_two_quantize_users
// CHECK-NEXT: %0 = tfl.greater_equal(%arg0, %arg1)
// CHECK-NEXT: %1 = "lq.Quantize"(%0)
// CHECK-NEXT: %2 = "lq.Quantize"(%0)
func.func @ge_two_quantize_users(%arg0: tensor<2x32xf32>, %arg1: tensor<2x32xf32>) -> (tensor<2x1xi32>, tensor<2x1xi32>) {
  %0 = "tfl.greater_equal"(%arg0, %arg1) : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x32xi1>
  %1 = "lq.Quantize"(%0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
  %2 = "lq.Quantize"(%0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
  return %1, %2 : tensor<2x1xi32>, tensor<2x1xi32>
}

// Quantize of a boolean that is not a comparison stays.
// CHECK-LABEL: func.func @quantize_bool_argument
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
func.func @quantize_bool_argument(%arg0: tensor<2x32xi1>) -> tensor<2x1xi32> {
  %0 = "lq.Quantize"(%arg0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
  return %0 : tensor<2x1xi32>
}

// 0 <= x: swapped to x >= 0, then the zero rewrite; the constant is dead and removed.
// CHECK-LABEL: func.func @le_zero_lhs
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<9x1xf32>) -> tensor<9x1xi32>
// CHECK-NEXT: return %0
func.func @le_zero_lhs(%arg0: tensor<9x1xf32>) -> tensor<9x1xi32> {
  %zero = arith.constant dense<0.0> : tensor<1xf32>
  %0 = "tfl.less_equal"(%zero, %arg0) : (tensor<1xf32>, tensor<9x1xf32>) -> tensor<9x1xi1>
  %1 = "lq.Quantize"(%0) : (tensor<9x1xi1>) -> tensor<9x1xi32>
  return %1 : tensor<9x1xi32>
}

// x <= 0 is 0 >= x: the zero is now on the left, so it becomes 0 - x.
// CHECK-LABEL: func.func @le_zero_rhs
// CHECK-NEXT: %cst = arith.constant dense<0.000000e+00> : tensor<f32>
// CHECK-NEXT: %0 = tfl.sub(%cst, %arg0) {fused_activation_function = "NONE"} : (tensor<f32>, tensor<3x32xf32>) -> tensor<3x32xf32>
// CHECK-NEXT: %1 = "lq.Quantize"(%0) : (tensor<3x32xf32>) -> tensor<3x1xi32>
func.func @le_zero_rhs(%arg0: tensor<3x32xf32>) -> tensor<3x1xi32> {
  %zero = arith.constant dense<0.0> : tensor<f32>
  %0 = "tfl.less_equal"(%arg0, %zero) : (tensor<3x32xf32>, tensor<f32>) -> tensor<3x32xi1>
  %1 = "lq.Quantize"(%0) : (tensor<3x32xi1>) -> tensor<3x1xi32>
  return %1 : tensor<3x1xi32>
}

// CHECK-LABEL: func.func @le_broadcast
// CHECK-NEXT: %0 = tfl.sub(%arg1, %arg0) {fused_activation_function = "NONE"} : (tensor<33xf32>, tensor<2x33xf32>) -> tensor<2x33xf32>
// CHECK-NEXT: %1 = "lq.Quantize"(%0) : (tensor<2x33xf32>) -> tensor<2x2xi32>
func.func @le_broadcast(%arg0: tensor<2x33xf32>, %arg1: tensor<33xf32>) -> tensor<2x2xi32> {
  %0 = "tfl.less_equal"(%arg0, %arg1) : (tensor<2x33xf32>, tensor<33xf32>) -> tensor<2x33xi1>
  %1 = "lq.Quantize"(%0) : (tensor<2x33xi1>) -> tensor<2x2xi32>
  return %1 : tensor<2x2xi32>
}

// CHECK-LABEL: func.func @le_two_uses
// CHECK-NEXT: %0 = tfl.less_equal(%arg0, %arg1)
// CHECK-NEXT: %1 = "lq.Quantize"(%0)
// CHECK-NEXT: return %1, %0
func.func @le_two_uses(%arg0: tensor<2x32xf32>, %arg1: tensor<2x32xf32>) -> (tensor<2x1xi32>, tensor<2x32xi1>) {
  %0 = "tfl.less_equal"(%arg0, %arg1) : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x32xi1>
  %1 = "lq.Quantize"(%0) : (tensor<2x32xi1>) -> tensor<2x1xi32>
  return %1, %0 : tensor<2x1xi32>, tensor<2x32xi1>
}

// A comparison that feeds something else is left alone.
// CHECK-LABEL: func.func @ge_not_quantized
// CHECK-NEXT: %0 = tfl.greater_equal(%arg0, %arg1)
// CHECK-NEXT: return %0
func.func @ge_not_quantized(%arg0: tensor<2x32xf32>, %arg1: tensor<2x32xf32>) -> tensor<2x32xi1> {
  %0 = "tfl.greater_equal"(%arg0, %arg1) : (tensor<2x32xf32>, tensor<2x32xf32>) -> tensor<2x32xi1>
  return %0 : tensor<2x32xi1>
}
