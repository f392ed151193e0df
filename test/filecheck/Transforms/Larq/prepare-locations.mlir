// RUN: lce-opt %s -tfl-prepare-lce=target=arm --mlir-print-debuginfo --mlir-print-local-scope | FileCheck %s

// tfl-prepare-lce locates what it creates as LCE's DRR patterns do: ops of a result pattern at
// the fused locations of the matched ops (root first, then nested matches, an op after its
// operands' ops); what LCE builds through its own helpers at the location they use (the
// select for the shape and the broadcast, the convolution input for tfl.no_value). A constant
// the folder merges with an equal one loses its location, as in MLIR.

// CHECK-LABEL: func.func @select_locations
// CHECK-NEXT: arith.constant dense<[4, 3, 5]> : tensor<3xi64> loc("select")
// CHECK-NEXT: "tf.LogicalNot"(%arg0) {{.*}} loc(fused["select", "minus", "plus"])
// CHECK-NEXT: "tf.BroadcastTo"{{.*}} -> tensor<4x3x5xi1> loc("select")
// CHECK-NEXT: "lq.Quantize"{{.*}} loc(fused["select", "minus", "plus"])
// CHECK-NEXT: "lq.Dequantize"{{.*}} loc(fused["select", "minus", "plus"])

// CHECK-LABEL: func.func @legacy_sign_locations
// CHECK-NEXT: "lq.Quantize"(%arg0) {{.*}} loc(fused["outer", "inner", "add"])
// CHECK-NEXT: "lq.Dequantize"{{.*}} loc(fused["outer", "inner", "add"])

// CHECK-LABEL: func.func @bconv_locations
// CHECK-NEXT: "tfl.no_value"() {value} : () -> none loc("input")
// CHECK-NEXT: arith.constant dense<0.000000e+00> : tensor<2xf32> loc([[LOC:fused\["conv", "deq", "pads", "one", "pad", "filter"\]]])
// CHECK-NEXT: arith.constant dense<[3, 0, 1, 2]> : tensor<4xi32> loc([[LOC]])
// CHECK-NEXT: arith.constant dense<{{.*}}> : tensor<3x1x1x2xf32> loc([[LOC]])
// CHECK-NEXT: arith.constant dense<[5.000000e-01, 2.000000e+00]> : tensor<2xf32> loc(unknown)
// CHECK-NEXT: "tf.Div"{{.*}} loc([[LOC]])
// CHECK-NEXT: "tf.Transpose"{{.*}} loc([[LOC]])
// CHECK-NEXT: "lq.Bconv2d"{{.*}} loc([[LOC]])

func.func @select_locations(%c: tensor<3x5xi1> loc("cond")) -> tensor<4x3x5xf32> {
  %minus = arith.constant dense<-1.0> : tensor<4x1x5xf32> loc("minus")
  %plus = arith.constant dense<1.0> : tensor<f32> loc("plus")
  %0 = "tf.SelectV2"(%c, %minus, %plus) : (tensor<3x5xi1>, tensor<4x1x5xf32>, tensor<f32>) -> tensor<4x3x5xf32> loc("select")
  return %0 : tensor<4x3x5xf32>
}
func.func @legacy_sign_locations(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  %c = arith.constant dense<0.5> : tensor<f32> loc("c")
  %0 = "tf.Sign"(%x) : (tensor<2x8xf32>) -> tensor<2x8xf32> loc("inner")
  %1 = "tf.AddV2"(%c, %0) : (tensor<f32>, tensor<2x8xf32>) -> tensor<2x8xf32> loc("add")
  %2 = "tf.Sign"(%1) : (tensor<2x8xf32>) -> tensor<2x8xf32> loc("outer")
  return %2 : tensor<2x8xf32>
}
func.func @bconv_locations(%arg0: tensor<1x6x6x1xi32> loc("input")) -> tensor<1x6x6x2xf32> {
  %filter = arith.constant dense<[[[[0.5, -2.0]]], [[[-0.5, 2.0]]], [[[0.5, 2.0]]]]> : tensor<3x1x1x2xf32> loc("filter")
  %one = arith.constant dense<1.0> : tensor<f32> loc("one")
  %pads = arith.constant dense<[[0, 0], [1, 1], [0, 0], [0, 0]]> : tensor<4x2xi32> loc("pads")
  %0 = "lq.Dequantize"(%arg0) : (tensor<1x6x6x1xi32>) -> tensor<1x6x6x1xf32> loc("deq")
  %1 = "tf.PadV2"(%0, %pads, %one) : (tensor<1x6x6x1xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x8x6x1xf32> loc("pad")
  %2 = "tf.Conv2D"(%1, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x8x6x1xf32>, tensor<3x1x1x2xf32>) -> tensor<1x6x6x2xf32> loc("conv")
  return %2 : tensor<1x6x6x2xf32>
}
