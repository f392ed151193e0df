// RUN: lce-opt %s -lce-strip-output-dequantize --split-input-file | FileCheck %s
// RUN: lce-opt %s --pass-pipeline='builtin.module(func.func(lce-strip-output-dequantize))' --split-input-file | FileCheck %s

// lce-strip-output-dequantize on the lq form (before tfl-legalize-lce): a result that unpacks a
// bitpacked tensor returns the i32 words instead, the function type follows, and the result
// records the channel count it had.

// CHECK-LABEL: func.func @single_output(%arg0: tensor<1x8x8x40xf32>) -> (tensor<1x8x8x2xi32> {lq.bitpacked_channels = 40 : i64})
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<1x8x8x40xf32>) -> tensor<1x8x8x2xi32>
// CHECK-NEXT: return %0 : tensor<1x8x8x2xi32>
func.func @single_output(%arg0: tensor<1x8x8x40xf32>) -> tensor<1x8x8x40xf32> {
  %0 = "lq.Quantize"(%arg0) : (tensor<1x8x8x40xf32>) -> tensor<1x8x8x2xi32>
  %1 = "lq.Dequantize"(%0) : (tensor<1x8x8x2xi32>) -> tensor<1x8x8x40xf32>
  return %1 : tensor<1x8x8x40xf32>
}

// -----

// Several results: each is decided on its own. The float result in the middle stays, its
// attributes too; the bitpacked ones gain the channel count next to what they had.
// CHECK-LABEL: func.func @several_outputs(%arg0: tensor<1x2x2x1xi32>, %arg1: tensor<4x3xi32>, %arg2: tensor<5xf32>)
// CHECK-SAME: -> (tensor<1x2x2x1xi32> {lq.bitpacked_channels = 32 : i64, tf_saved_model.index_path = ["a"]}, tensor<5xf32> {tf_saved_model.index_path = ["b"]}, tensor<4x3xi32> {lq.bitpacked_channels = 70 : i64})
// CHECK-NEXT: return %arg0, %arg2, %arg1 : tensor<1x2x2x1xi32>, tensor<5xf32>, tensor<4x3xi32>
func.func @several_outputs(%arg0: tensor<1x2x2x1xi32>, %arg1: tensor<4x3xi32>, %arg2: tensor<5xf32>) -> (tensor<1x2x2x32xf32> {tf_saved_model.index_path = ["a"]}, tensor<5xf32> {tf_saved_model.index_path = ["b"]}, tensor<4x70xf32>) {
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x2x2x1xi32>) -> tensor<1x2x2x32xf32>
  %1 = "lq.Dequantize"(%arg1) : (tensor<4x3xi32>) -> tensor<4x70xf32>
  return %0, %arg2, %1 : tensor<1x2x2x32xf32>, tensor<5xf32>, tensor<4x70xf32>
}

// -----

// The same dequantize returned twice: both results change, the op goes once.
// CHECK-LABEL: func.func @returned_twice(%arg0: tensor<2x1xi32>) -> (tensor<2x1xi32> {lq.bitpacked_channels = 9 : i64}, tensor<2x1xi32> {lq.bitpacked_channels = 9 : i64})
// CHECK-NEXT: return %arg0, %arg0 : tensor<2x1xi32>, tensor<2x1xi32>
func.func @returned_twice(%arg0: tensor<2x1xi32>) -> (tensor<2x9xf32>, tensor<2x9xf32>) {
  %0 = "lq.Dequantize"(%arg0) : (tensor<2x1xi32>) -> tensor<2x9xf32>
  return %0, %0 : tensor<2x9xf32>, tensor<2x9xf32>
}

// -----

// A dequantize that also feeds an inner op stays for that op; only the result changes.
// CHECK-LABEL: func.func @also_used_inside(%arg0: tensor<1x4x4x2xi32>) -> (tensor<1x4x4x2xi32> {lq.bitpacked_channels = 64 : i64}, tensor<1x4x4x64xf32>)
// CHECK-NEXT: %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x2xi32>) -> tensor<1x4x4x64xf32>
// CHECK-NEXT: %1 = "tfl.relu"(%0) : (tensor<1x4x4x64xf32>) -> tensor<1x4x4x64xf32>
// CHECK-NEXT: return %arg0, %1 : tensor<1x4x4x2xi32>, tensor<1x4x4x64xf32>
func.func @also_used_inside(%arg0: tensor<1x4x4x2xi32>) -> (tensor<1x4x4x64xf32>, tensor<1x4x4x64xf32>) {
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x4x4x2xi32>) -> tensor<1x4x4x64xf32>
  %1 = "tfl.relu"(%0) : (tensor<1x4x4x64xf32>) -> tensor<1x4x4x64xf32>
  return %0, %1 : tensor<1x4x4x64xf32>, tensor<1x4x4x64xf32>
}

// -----

// Results that are not the unpacking of a bitpacked tensor are left alone: an argument, a
// bitpacked tensor that is already i32, a float op, a dequantize of an int8 tensor that is not
// an LceDequantize. Nothing changes, so no result attributes appear.
// CHECK-LABEL: func.func @not_bitpacked(%arg0: tensor<1x4xf32>, %arg1: tensor<1x4x!quant.uniform<i8:f32, 5.000000e-01>>) -> (tensor<1x4xf32>, tensor<1x1xi32>, tensor<1x4xf32>, tensor<1x4xf32>) {
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0)
// CHECK-NEXT: %1 = "tfl.relu"(%arg0)
// CHECK-NEXT: %2 = "tfl.dequantize"(%arg1)
// CHECK-NEXT: return %arg0, %0, %1, %2 : tensor<1x4xf32>, tensor<1x1xi32>, tensor<1x4xf32>, tensor<1x4xf32>
func.func @not_bitpacked(%arg0: tensor<1x4xf32>, %arg1: tensor<1x4x!quant.uniform<i8:f32, 0.5>>) -> (tensor<1x4xf32>, tensor<1x1xi32>, tensor<1x4xf32>, tensor<1x4xf32>) {
  %0 = "lq.Quantize"(%arg0) : (tensor<1x4xf32>) -> tensor<1x1xi32>
  %1 = "tfl.relu"(%arg0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %2 = "tfl.dequantize"(%arg1) : (tensor<1x4x!quant.uniform<i8:f32, 0.5>>) -> tensor<1x4xf32>
  return %arg0, %0, %1, %2 : tensor<1x4xf32>, tensor<1x1xi32>, tensor<1x4xf32>, tensor<1x4xf32>
}

// -----

// An lq.Dequantize to int8 and the tfl.dequantize after it both go (what an int8 model returns).
// CHECK-LABEL: func.func @int8_then_float(%arg0: tensor<1x3x3x1xi32>) -> (tensor<1x3x3x1xi32> {lq.bitpacked_channels = 16 : i64})
// CHECK-NEXT: return %arg0 : tensor<1x3x3x1xi32>
func.func @int8_then_float(%arg0: tensor<1x3x3x1xi32>) -> tensor<1x3x3x16xf32> {
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x3x3x1xi32>) -> tensor<1x3x3x16x!quant.uniform<i8:f32, 0.25:-1>>
  %1 = "tfl.dequantize"(%0) : (tensor<1x3x3x16x!quant.uniform<i8:f32, 0.25:-1>>) -> tensor<1x3x3x16xf32>
  return %1 : tensor<1x3x3x16xf32>
}

// -----

// An unknown channel count cannot be recorded: the result changes without the attribute.
// CHECK-LABEL: func.func @dynamic_channels(%arg0: tensor<?x2xi32>) -> tensor<?x2xi32> {
// CHECK-NEXT: return %arg0 : tensor<?x2xi32>
func.func @dynamic_channels(%arg0: tensor<?x2xi32>) -> tensor<?x?xf32> {
  %0 = "lq.Dequantize"(%arg0) : (tensor<?x2xi32>) -> tensor<?x?xf32>
  return %0 : tensor<?x?xf32>
}

// -----

// A bool unpacking is bitpacked too (lq.Dequantize to i1).
// CHECK-LABEL: func.func @bool_output(%arg0: tensor<3x1xi32>) -> (tensor<3x1xi32> {lq.bitpacked_channels = 5 : i64})
func.func @bool_output(%arg0: tensor<3x1xi32>) -> tensor<3x5xi1> {
  %0 = "lq.Dequantize"(%arg0) : (tensor<3x1xi32>) -> tensor<3x5xi1>
  return %0 : tensor<3x5xi1>
}

// -----

// Declarations have no body to rewrite.
// CHECK-LABEL: func.func private @declaration(tensor<1x1xi32>) -> tensor<1x32xf32>
func.func private @declaration(tensor<1x1xi32>) -> tensor<1x32xf32>
