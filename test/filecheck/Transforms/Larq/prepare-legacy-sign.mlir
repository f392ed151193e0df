// RUN: lce-opt %s -tfl-prepare-lce=target=arm -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-prepare-lce=target=xcore -verify-diagnostics | FileCheck %s

// tfl-prepare-lce, pattern (d): the old ste_sign, sign(sign(x) + c) with the addition's
// operands in either order, becomes lq.Dequantize(lq.Quantize(x)). The addend is not looked at
// (as in LCE). Same on both targets.

// CHECK-LABEL: func.func @legacy_sign
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<2x5x70xf32>) -> tensor<2x5x3xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<2x5x3xi32>) -> tensor<2x5x70xf32>
// CHECK-NEXT: return %[[D]]
func.func @legacy_sign(%x: tensor<2x5x70xf32>) -> tensor<2x5x70xf32> {
  %c = arith.constant dense<0.25> : tensor<70xf32>
  %0 = "tf.Sign"(%x) : (tensor<2x5x70xf32>) -> tensor<2x5x70xf32>
  %1 = "tf.AddV2"(%0, %c) : (tensor<2x5x70xf32>, tensor<70xf32>) -> tensor<2x5x70xf32>
  %2 = "tf.Sign"(%1) : (tensor<2x5x70xf32>) -> tensor<2x5x70xf32>
  return %2 : tensor<2x5x70xf32>
}

// The addend first, and not a constant.
// CHECK-LABEL: func.func @legacy_sign_swapped
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<9xf32>) -> tensor<1xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<1xi32>) -> tensor<9xf32>
// CHECK-NEXT: return %[[D]]
func.func @legacy_sign_swapped(%x: tensor<9xf32>, %c: tensor<9xf32>) -> tensor<9xf32> {
  %0 = "tf.Sign"(%x) : (tensor<9xf32>) -> tensor<9xf32>
  %1 = "tf.AddV2"(%c, %0) : (tensor<9xf32>, tensor<9xf32>) -> tensor<9xf32>
  %2 = "tf.Sign"(%1) : (tensor<9xf32>) -> tensor<9xf32>
  return %2 : tensor<9xf32>
}

// Any element type lq.Quantize packs, i32 included.
// CHECK-LABEL: func.func @legacy_sign_i32
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0) : (tensor<3x4xi32>) -> tensor<3x1xi32>
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]]) : (tensor<3x1xi32>) -> tensor<3x4xi32>
// CHECK-NEXT: return %[[D]]
func.func @legacy_sign_i32(%x: tensor<3x4xi32>) -> tensor<3x4xi32> {
  %c = arith.constant dense<7> : tensor<i32>
  %0 = "tf.Sign"(%x) : (tensor<3x4xi32>) -> tensor<3x4xi32>
  %1 = "tf.AddV2"(%0, %c) : (tensor<3x4xi32>, tensor<i32>) -> tensor<3x4xi32>
  %2 = "tf.Sign"(%1) : (tensor<3x4xi32>) -> tensor<3x4xi32>
  return %2 : tensor<3x4xi32>
}

// An inner sign with another user stays for that user.
// CHECK-LABEL: func.func @legacy_sign_inner_sign_kept
// CHECK-NEXT: %[[S:.*]] = "tf.Sign"(%arg0)
// CHECK-NEXT: %[[Q:.*]] = "lq.Quantize"(%arg0)
// CHECK-NEXT: %[[D:.*]] = "lq.Dequantize"(%[[Q]])
// CHECK-NEXT: return %[[D]], %[[S]]
func.func @legacy_sign_inner_sign_kept(%x: tensor<4x6xf32>) -> (tensor<4x6xf32>, tensor<4x6xf32>) {
  %c = arith.constant dense<0.5> : tensor<f32>
  %0 = "tf.Sign"(%x) : (tensor<4x6xf32>) -> tensor<4x6xf32>
  %1 = "tf.AddV2"(%0, %c) : (tensor<4x6xf32>, tensor<f32>) -> tensor<4x6xf32>
  %2 = "tf.Sign"(%1) : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return %2, %0 : tensor<4x6xf32>, tensor<4x6xf32>
}

// Without the inner sign nothing happens.
// CHECK-LABEL: func.func @no_inner_sign
// CHECK-NOT: lq.
// CHECK: "tf.AddV2"(%arg0, %cst)
// CHECK-NEXT: "tf.Sign"
func.func @no_inner_sign(%x: tensor<4x6xf32>) -> tensor<4x6xf32> {
  %c = arith.constant dense<0.5> : tensor<f32>
  %1 = "tf.AddV2"(%x, %c) : (tensor<4x6xf32>, tensor<f32>) -> tensor<4x6xf32>
  %2 = "tf.Sign"(%1) : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return %2 : tensor<4x6xf32>
}

// When the addition broadcasts x to a larger shape, Quantize(x) would have the wrong shape:
// the chain stays (LCE would build a mis-shaped Dequantize).
// CHECK-LABEL: func.func @broadcasting_add
// CHECK-NOT: lq.
// CHECK: %[[S:.*]] = "tf.Sign"(%arg0) : (tensor<6xf32>) -> tensor<6xf32>
// CHECK-NEXT: %[[A:.*]] = "tf.AddV2"(%[[S]], %arg1)
// CHECK-NEXT: "tf.Sign"(%[[A]]) : (tensor<4x6xf32>) -> tensor<4x6xf32>
func.func @broadcasting_add(%x: tensor<6xf32>, %c: tensor<4x6xf32>) -> tensor<4x6xf32> {
  %0 = "tf.Sign"(%x) : (tensor<6xf32>) -> tensor<6xf32>
  %1 = "tf.AddV2"(%0, %c) : (tensor<6xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
  %2 = "tf.Sign"(%1) : (tensor<4x6xf32>) -> tensor<4x6xf32>
  return %2 : tensor<4x6xf32>
}

// lq.Quantize packs a ranked innermost dimension of a packable type: scalars, unranked tensors
// and i8 stay (LCE's builder would crash or build an invalid op).
// CHECK-LABEL: func.func @scalar_unranked_and_i8
// CHECK-NOT: lq.
// CHECK-COUNT-6: "tf.Sign"
// CHECK-NOT: lq.
// CHECK: return
func.func @scalar_unranked_and_i8(%s: tensor<f32>, %u: tensor<*xf32>, %b: tensor<4xi8>) -> (tensor<f32>, tensor<*xf32>, tensor<4xi8>) {
  %c = arith.constant dense<0.5> : tensor<f32>
  %ci = arith.constant dense<1> : tensor<i8>
  %0 = "tf.Sign"(%s) : (tensor<f32>) -> tensor<f32>
  %1 = "tf.AddV2"(%0, %c) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %2 = "tf.Sign"(%1) : (tensor<f32>) -> tensor<f32>
  %3 = "tf.Sign"(%u) : (tensor<*xf32>) -> tensor<*xf32>
  %4 = "tf.AddV2"(%3, %c) : (tensor<*xf32>, tensor<f32>) -> tensor<*xf32>
  %5 = "tf.Sign"(%4) : (tensor<*xf32>) -> tensor<*xf32>
  %6 = "tf.Sign"(%b) : (tensor<4xi8>) -> tensor<4xi8>
  %7 = "tf.AddV2"(%6, %ci) : (tensor<4xi8>, tensor<i8>) -> tensor<4xi8>
  %8 = "tf.Sign"(%7) : (tensor<4xi8>) -> tensor<4xi8>
  return %2, %5, %8 : tensor<f32>, tensor<*xf32>, tensor<4xi8>
}
