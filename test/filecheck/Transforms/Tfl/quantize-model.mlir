// RUN: lce-convert %S/Inputs/qat-net.mlir --quiet | FileCheck %s
// RUN: lce-convert %S/Inputs/qat-net.mlir --quiet --inference-input-type int8 --inference-output-type int8 | FileCheck %s --check-prefix=INT8-IO
// RUN: lce-opt %S/Inputs/qat-net.mlir -lce-tf-to-tfl=int8=true --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=PIPELINE
// RUN: lce-opt %S/Inputs/qat-net.mlir -lce-tf-to-tfl=default-int8-range=-3,3 --dump-pass-pipeline -o /dev/null 2>&1 | FileCheck %s --check-prefix=DEFAULT
// RUN: lce-convert %S/../../../../examples/binary-net/binary-net.mlir --quiet --experimental-default-int8-range -3,3 --inference-input-type int8 --inference-output-type int8 | FileCheck %s --check-prefix=BINARY
// RUN: lce-convert %S/Inputs/binary-net-fake-quant.mlir --quiet | FileCheck %s --check-prefix=BCONV-INT8
// RUN: not lce-convert %S/../../../../examples/binary-net/binary-net.mlir --quiet --inference-input-type int8 -o %t.mlir 2>&1 | FileCheck %s --check-prefix=FLOAT

// A fake-quantized network converted whole: the fake-quant ranges become i8 types (input
// [-1, 1]: scale 2/255, zero point 0; relu6 output [0, 6]: 6/255, -128; logits [-4, 4]: 8/255, 0),
// the relu6 fuses into the conv, the conv weights are per channel and the dense weights per
// tensor, max-pool and reshape keep the conv's parameters, softmax writes 1/256 with zero point
// -128. The float input is quantized and the output dequantized (LCE's float inference types).
// CHECK-LABEL: func.func @main(%arg0: tensor<1x4x4x2xf32>) -> tensor<1x2xf32>
// CHECK: %[[CB:.*]] = "tfl.pseudo_qconst"() {qtype = tensor<3x!quant.uniform<i32:f32:0, {4.6317739694302917E-5,3.0878493129535278E-5,6.1756986259070556E-5}>>
// CHECK: %[[FB:.*]] = "tfl.pseudo_qconst"() {qtype = tensor<2x!quant.uniform<i32:f32, 1.8527095877721167E-4>>
// CHECK: %[[FW:.*]] = "tfl.pseudo_qconst"() {qtype = tensor<2x12x!quant.uniform<i8<-127:127>:f32, 0.0078740157480314959>>
// CHECK: %[[CW:.*]] = "tfl.pseudo_qconst"() {qtype = tensor<3x1x1x2x!quant.uniform<i8<-127:127>:f32:0, {0.005905511811023622,0.003937007874015748,0.0078740157480314959}>>, value = dense<{{\[\[\[\[}}85, -127]]], {{\[\[\[}}-64, 127]]], {{\[\[\[}}127, 32]]]]>
// CHECK-NEXT: %[[IN:.*]] = "tfl.quantize"(%arg0) {qtype = tensor<1x4x4x2x!quant.uniform<i8:f32, 0.0078431372549019607>>}
// CHECK-NEXT: %[[C:.*]] = "tfl.conv_2d"(%[[IN]], %[[CW]], %[[CB]]) {{{.*}}fused_activation_function = "RELU6"{{.*}} -> tensor<1x4x4x3x!quant.uniform<i8:f32, 0.023529411764705882:-128>>
// CHECK-NEXT: %[[P:.*]] = "tfl.max_pool_2d"(%[[C]]) {{.*}} -> tensor<1x2x2x3x!quant.uniform<i8:f32, 0.023529411764705882:-128>>
// CHECK-NEXT: %[[R:.*]] = "tfl.reshape"(%[[P]], %{{.*}}) {{.*}} -> tensor<1x12x!quant.uniform<i8:f32, 0.023529411764705882:-128>>
// CHECK-NEXT: %[[F:.*]] = "tfl.fully_connected"(%[[R]], %[[FW]], %[[FB]]) {{.*}} -> tensor<1x2x!quant.uniform<i8:f32, 0.031372549019607843>>
// CHECK-NEXT: %[[S:.*]] = "tfl.softmax"(%[[F]]) {{.*}} -> tensor<1x2x!quant.uniform<i8:f32, 3.906250e-03:-128>>
// CHECK-NEXT: %[[OUT:.*]] = "tfl.dequantize"(%[[S]])
// CHECK-NEXT: return %[[OUT]] : tensor<1x2xf32>

// int8 inference types: the model takes and returns the i8 tensors; the inner ops are the same.
// INT8-IO-LABEL: func.func @main(%arg0: tensor<1x4x4x2x!quant.uniform<i8:f32, 0.0078431372549019607>>) -> tensor<1x2x!quant.uniform<i8:f32, 3.906250e-03:-128>>
// INT8-IO-NOT: tfl.quantize
// INT8-IO: %[[C:.*]] = "tfl.conv_2d"(%arg0, {{.*}} -> tensor<1x4x4x3x!quant.uniform<i8:f32, 0.023529411764705882:-128>>
// INT8-IO: %[[S:.*]] = "tfl.softmax"
// INT8-IO-NOT: tfl.dequantize
// INT8-IO: return %[[S]] : tensor<1x2x!quant.uniform<i8:f32, 3.906250e-03:-128>>

// The int8 stage in LCE's order, after padding fusion and before legalizing the LCE ops.
// PIPELINE: tfl-fuse-padding,
// PIPELINE-NEXT: canonicalize
// PIPELINE-NEXT: tfl-prepare-quantize{disable-per-channel=false post-training-quantize=false quantize-signed=true},
// PIPELINE-NEXT: lce-quantize,
// PIPELINE-NEXT: detection-postprocess-int,
// PIPELINE-NEXT: tfl-quantize,
// PIPELINE-NEXT: tfl-post-quantize{emit-quant-adaptor-ops=true enable-no-side-effect=},
// PIPELINE-NEXT: lce-quantize,
// PIPELINE-NEXT: tfl-post-quantize{emit-quant-adaptor-ops=true enable-no-side-effect=},
// PIPELINE-NEXT: tfl-optimize{enable-canonicalization=true},
// PIPELINE-NEXT: canonicalize
// PIPELINE-NEXT: tfl-legalize-lce

// A default range: post-training quantization (weights from their content) and the default
// parameters, each followed by lce-quantize.
// DEFAULT: tfl-prepare-quantize{disable-per-channel=false post-training-quantize=true quantize-signed=true},
// DEFAULT-NEXT: lce-quantize,
// DEFAULT-NEXT: tfl-default-quant{default-max=3.000000e+00 default-min=-3.000000e+00 is-signed=true},
// DEFAULT-NEXT: lce-quantize,
// DEFAULT-NEXT: detection-postprocess-int,

// A binarized network with a default range: the float stem conv becomes int8 and LceQuantize
// binarizes its int8 output directly (lce-quantize); the binary convolutions' multiplier and bias
// stay float (lce-quantize removes their quantize/dequantize pairs). LCE's ops have no
// quantization traits, so the float output of the last binary conv keeps the mean float; its
// result is quantized for the int8 dense layer.
// BINARY-LABEL: func.func @main(%arg0: tensor<1x12x12x3x!quant.uniform<i8:f32, 0.023529411764705882:-1>>) -> tensor<1x10x!quant.uniform<i8:f32, 3.906250e-03:-128>>
// BINARY: %[[C:.*]] = "tfl.conv_2d"(%arg0, {{.*}} -> tensor<1x12x12x32x!quant.uniform<i8:f32, 0.023529411764705882:-1>>
// BINARY-NEXT: %[[Q:.*]] = "tfl.custom"(%[[C]]) {custom_code = "LceQuantize"{{.*}} : (tensor<1x12x12x32x!quant.uniform<i8:f32, 0.023529411764705882:-1>>) -> tensor<1x12x12x1xi32>
// BINARY: "tfl.custom"({{.*}}) {custom_code = "LceBconv2d"{{.*}} : (tensor<1x6x6x1xi32>, tensor<16x3x3x1xi32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x4x4x16xf32>
// BINARY-NEXT: %[[M:.*]] = "tfl.mean"({{.*}} -> tensor<1x16xf32>
// BINARY-NEXT: %[[MQ:.*]] = "tfl.quantize"(%[[M]]) {qtype = tensor<1x16x!quant.uniform<i8:f32, 0.023529411764705882:-1>>}
// BINARY-NEXT: "tfl.fully_connected"(%[[MQ]]

// A fake quantization right after a binary convolution (and its fused relu): the LceBconv2d
// writes int8 with that range ([0, 8]: 8/255, -128); the float mean reads it dequantized. The
// stem conv's input has no range, so it stays float on dequantized int8 weights (as TF leaves it).
// BCONV-INT8-LABEL: func.func @main(%arg0: tensor<1x12x12x3xf32>) -> tensor<1x10xf32>
// BCONV-INT8: "tfl.conv_2d"(%arg0, {{.*}} -> tensor<1x12x12x32xf32>
// BCONV-INT8: %[[B:.*]] = "tfl.custom"({{.*}}) {custom_code = "LceBconv2d"{{.*}} : (tensor<1x6x6x1xi32>, tensor<16x3x3x1xi32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x4x4x16x!quant.uniform<i8:f32, 0.031372549019607843:-128>>
// BCONV-INT8-NEXT: %[[D:.*]] = "tfl.dequantize"(%[[B]])
// BCONV-INT8-NEXT: "tfl.mean"(%[[D]]

// A float model cannot have int8 inputs.
// FLOAT: lce-convert: error: @main: --inference-input-type int8 needs a quantized model, but no input is quantized to int8 (tfl.quantize)
