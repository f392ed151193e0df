// RUN: lce-opt %S/../../../../examples/binary-net/binary-net.mlir --pass-pipeline='builtin.module(lce-tf-to-tfl)' --mlir-elide-elementsattrs-if-larger=16 | FileCheck %s --check-prefix=ARM
// RUN: lce-opt %S/../../../../examples/binary-net/binary-net.mlir --pass-pipeline='builtin.module(lce-tf-to-tfl, func.func(lce-translate-tfl))' --mlir-elide-elementsattrs-if-larger=16 | FileCheck %s --check-prefix=LQ
// RUN: lce-opt %S/../../../../examples/binary-net/binary-net.mlir --pass-pipeline='builtin.module(func.func(lce-tf-to-tfl{target=xcore}, lce-translate-tfl))' --mlir-elide-elementsattrs-if-larger=16 | FileCheck %s --check-prefix=XCORE
// RUN: lce-opt %S/../../../../examples/binary-net/binary-net.mlir -lce-tf-to-tfl --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPELINE

// The shipped example network through the whole LCE pipeline. On arm: the stem's output is
// binarized (LceQuantize), block 1 is a same-one padded binary conv whose batch norm folds into
// per-channel thresholds so it writes bitpacked output, max-pool runs on bitpacked words, and
// block 2's relu fuses into its binary conv. No tf op is left.

// ARM-LABEL: func.func @main
// ARM-NOT: "tf.
// ARM: %[[NONE:.*]] = "tfl.no_value"() {value} : () -> none
// ARM: %[[STEM:.*]] = "tfl.conv_2d"(%arg0
// ARM-NEXT: %[[Q:.*]] = "tfl.custom"(%[[STEM]]) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x12x12x32xf32>) -> tensor<1x12x12x1xi32>
// ARM-NEXT: %[[B1:.*]] = "tfl.custom"(%[[Q]], %{{.*}}, %[[NONE]], %[[NONE]], %{{.*}}) {custom_code = "LceBconv2d", {{.*}}} : (tensor<1x12x12x1xi32>, tensor<8x3x3x1xi32>, none, none, tensor<8xi32>) -> tensor<1x12x12x1xi32>
// ARM-NEXT: %[[P:.*]] = "tfl.custom"(%[[B1]]) {custom_code = "LceBMaxPool2d", {{.*}}} : (tensor<1x12x12x1xi32>) -> tensor<1x6x6x1xi32>
// ARM-NEXT: %[[B2:.*]] = "tfl.custom"(%[[P]], %{{.*}}, %{{.*}}, %{{.*}}, %[[NONE]]) {custom_code = "LceBconv2d", {{.*}}} : (tensor<1x6x6x1xi32>, tensor<16x3x3x1xi32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x4x4x16xf32>
// ARM-NEXT: "tfl.mean"(%[[B2]]
// The classifier's bias add is folded into the fully connected layer (tfl-optimize).
// ARM-NEXT: "tfl.fully_connected"
// ARM-NEXT: "tfl.softmax"
// ARM-NOT: "tf.

// The same, with the custom options decoded back into lq ops.
// LQ: %[[THRESHOLDS:.*]] = arith.constant dense<[{{(-?[0-9]+, ){7}-?[0-9]+}}]> : tensor<8xi32>
// LQ: "lq.Bconv2d"({{.*}}, %[[THRESHOLDS]]) <{channels_in = 32 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}>
// LQ-NEXT: "lq.BMaxPool2d"({{.*}}) <{filter_height = 2 : i32, filter_width = 2 : i32, padding = "VALID", stride_height = 2 : i32, stride_width = 2 : i32}>
// LQ-NEXT: "lq.Bconv2d"({{.*}}) <{channels_in = 8 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 1 : i32}>

// xcore has no binary max-pool, so block 1 writes floats (batch norm fused into the
// multiplier and bias) and the max-pool stays a float tfl op followed by a Quantize.
// XCORE: "lq.Bconv2d"({{.*}}) <{channels_in = 32 : i32, {{.*}}, pad_values = 1 : i32, padding = "SAME", {{.*}}}> : (tensor<1x12x12x1xi32>, tensor<8x3x3x1xi32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x12x12x8xf32>
// XCORE-NEXT: "tfl.max_pool_2d"
// XCORE-NEXT: "lq.Quantize"
// XCORE-NEXT: "lq.Bconv2d"({{.*}}fused_activation_function = "RELU"

// PIPELINE: builtin.module(
// PIPELINE-NEXT: func.func(
// PIPELINE-NEXT: mlir-setbatchsize,
// PIPELINE-NEXT: tf-shape-inference{max-iterations=10},
// PIPELINE-NEXT: lce-op-removal-tf,
// PIPELINE: tfl-prepare-lce{target=arm},
// PIPELINE-NEXT: tfl-prepare-tf{
// PIPELINE: tfl-legalize-tf{
// PIPELINE: tfl-optimize-lce{target=arm},
// PIPELINE-NEXT: tfl-optimize{enable-canonicalization=true},
// PIPELINE-NEXT: tfl-optimize-lce{target=arm},
// PIPELINE-NEXT: tfl-lce-bitpack-weights,
// PIPELINE: tfl-fuse-padding,
// PIPELINE-NEXT: canonicalize{
// PIPELINE-NEXT: tfl-legalize-lce
