// RUN: lce-opt %S/../../../../examples/binary-net/binary-net.mlir --pass-pipeline='builtin.module(func.func(lce-op-removal-tf, canonicalize, tfl-legalize-tf, canonicalize))' --mlir-elide-elementsattrs-if-larger=16 | FileCheck %s

// The end-to-end example through op removal and TFL legalization (LCE's prepare and optimize
// passes left out): every tf op is legalized, the filters are rearranged to OHWI at compile
// time, the ste_sign forms are plain TFL ops, and the dense layer is a fully_connected.

// CHECK-LABEL: func.func @main
// CHECK-NOT: "tf.
// CHECK: %[[NONE:.*]] = "tfl.no_value"() {value} : () -> none
// CHECK: %[[STEM:.*]] = "tfl.conv_2d"(%arg0, %{{.*}}, %{{.*}}) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x12x12x3xf32>, tensor<32x3x3x3xf32>, tensor<32xf32>) -> tensor<1x12x12x32xf32>
// CHECK-NEXT: %[[GE:.*]] = tfl.greater_equal(%[[STEM]], %{{.*}}) : (tensor<1x12x12x32xf32>, tensor<f32>) -> tensor<1x12x12x32xi1>
// CHECK-NEXT: %[[SIGN1:.*]] = "tfl.select_v2"(%[[GE]], %{{.*}}, %{{.*}}) : (tensor<1x12x12x32xi1>, tensor<f32>, tensor<f32>) -> tensor<1x12x12x32xf32>
// CHECK-NEXT: %[[PAD:.*]] = "tfl.padv2"(%[[SIGN1]], %{{.*}}, %{{.*}}) : (tensor<1x12x12x32xf32>, tensor<4x2xi32>, tensor<f32>) -> tensor<1x14x14x32xf32>
// CHECK-NEXT: %[[CONV1:.*]] = "tfl.conv_2d"(%[[PAD]], %{{.*}}, %{{.*}}) {{.*}}padding = "VALID"{{.*}} : (tensor<1x14x14x32xf32>, tensor<8x3x3x32xf32>, tensor<8xf32>) -> tensor<1x12x12x8xf32>
// CHECK-NEXT: %[[MUL:.*]] = tfl.mul(%[[CONV1]], %{{.*}}) {fused_activation_function = "NONE"} : (tensor<1x12x12x8xf32>, tensor<8xf32>) -> tensor<1x12x12x8xf32>
// CHECK-NEXT: %[[BN:.*]] = tfl.add(%[[MUL]], %{{.*}}) {fused_activation_function = "NONE"} : (tensor<1x12x12x8xf32>, tensor<8xf32>) -> tensor<1x12x12x8xf32>
// CHECK-NEXT: %[[POOL:.*]] = "tfl.max_pool_2d"(%[[BN]]) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x12x12x8xf32>) -> tensor<1x6x6x8xf32>
// CHECK-NEXT: %[[S:.*]] = "tfl.sign"(%[[POOL]])
// CHECK-NEXT: %[[SHIFT:.*]] = tfl.add(%[[S]], %{{.*}})
// CHECK-NEXT: %[[SIGN2:.*]] = "tfl.sign"(%[[SHIFT]])
// CHECK-NEXT: %[[CONV2:.*]] = "tfl.conv_2d"(%[[SIGN2]], %{{.*}}, %{{.*}}) {{.*}} : (tensor<1x6x6x8xf32>, tensor<16x3x3x8xf32>, tensor<16xf32>) -> tensor<1x4x4x16xf32>
// CHECK-NEXT: %[[RELU:.*]] = "tfl.relu"(%[[CONV2]])
// CHECK-NEXT: %[[MEAN:.*]] = "tfl.mean"(%[[RELU]], %{{.*}}) {keep_dims = false} : (tensor<1x4x4x16xf32>, tensor<2xi32>) -> tensor<1x16xf32>
// CHECK-NEXT: %[[FC:.*]] = "tfl.fully_connected"(%[[MEAN]], %{{.*}}, %[[NONE]]) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x16xf32>, tensor<10x16xf32>, none) -> tensor<1x10xf32>
// CHECK-NEXT: %[[LOGITS:.*]] = tfl.add(%[[FC]], %{{.*}})
// CHECK-NEXT: %[[PROBS:.*]] = "tfl.softmax"(%[[LOGITS]]) {beta = 1.000000e+00 : f32}
// CHECK-NEXT: return %[[PROBS]]
