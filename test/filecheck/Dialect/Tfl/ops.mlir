// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s
// RUN: lce-opt %s --mlir-print-op-generic | lce-opt | FileCheck %s
// RUN: lce-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// Every tfl op round-trips; only the elementwise binary ops and comparisons have a custom form.

// CHECK-LABEL: func.func @arithmetic
// GENERIC-LABEL: sym_name = "arithmetic"
func.func @arithmetic(%a: tensor<2x3xf32>, %b: tensor<3xf32>, %i: tensor<4xi32>) -> (tensor<2x3xf32>, tensor<4xi32>) {
  // CHECK-NEXT: %0 = tfl.add %arg0, %arg0 {fused_activation_function = "NONE"} : tensor<2x3xf32>
  // GENERIC: = "tfl.add"(%[[A:.*]], %[[A]]) {fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %0 = "tfl.add"(%a, %a) {fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %1 = tfl.sub(%0, %arg1) {fused_activation_function = "RELU"} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // GENERIC-NEXT: = "tfl.sub"(%{{.*}}, %{{.*}}) {fused_activation_function = "RELU"} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %1 = "tfl.sub"(%0, %b) {fused_activation_function = "RELU"} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %2 = tfl.mul %1, %1 {fused_activation_function = "RELU6"} : tensor<2x3xf32>
  // GENERIC-NEXT: = "tfl.mul"(%[[M:.*]], %[[M]]) {fused_activation_function = "RELU6"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %2 = tfl.mul %1, %1 {fused_activation_function = "RELU6"} : tensor<2x3xf32>
  // CHECK-NEXT: %3 = tfl.div %2, %2 {fused_activation_function = "RELU_N1_TO_1", tfl.extra = 1 : i64} : tensor<2x3xf32>
  // GENERIC-NEXT: = "tfl.div"(%[[D:.*]], %[[D]]) {fused_activation_function = "RELU_N1_TO_1", tfl.extra = 1 : i64} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = tfl.div %2, %2 {fused_activation_function = "RELU_N1_TO_1", tfl.extra = 1} : tensor<2x3xf32>
  // CHECK-NEXT: %4 = tfl.add %arg2, %arg2 {fused_activation_function = "TANH"} : tensor<4xi32>
  %4 = tfl.add %i, %i {fused_activation_function = "TANH"} : tensor<4xi32>
  // CHECK-NEXT: %5 = tfl.mul(%4, %arg2) {fused_activation_function = "SIGN_BIT"} : (tensor<4xi32>, tensor<4xi32>) -> tensor<?xi32>
  %5 = tfl.mul(%4, %i) {fused_activation_function = "SIGN_BIT"} : (tensor<4xi32>, tensor<4xi32>) -> tensor<?xi32>
  // CHECK-NEXT: return %3, %4
  return %3, %4 : tensor<2x3xf32>, tensor<4xi32>
}

// CHECK-LABEL: func.func @comparisons
func.func @comparisons(%a: tensor<48x48x64xf32>, %b: tensor<f32>, %c: tensor<64xf32>) -> (tensor<48x48x64xi1>, tensor<48x48x64xi1>) {
  // CHECK-NEXT: %0 = tfl.greater_equal(%arg0, %arg1) : (tensor<48x48x64xf32>, tensor<f32>) -> tensor<48x48x64xi1>
  // GENERIC: = "tfl.greater_equal"(%{{.*}}, %{{.*}}) : (tensor<48x48x64xf32>, tensor<f32>) -> tensor<48x48x64xi1>
  %0 = "tfl.greater_equal"(%a, %b) : (tensor<48x48x64xf32>, tensor<f32>) -> tensor<48x48x64xi1>
  // CHECK-NEXT: %1 = tfl.less_equal(%arg2, %arg0) : (tensor<64xf32>, tensor<48x48x64xf32>) -> tensor<48x48x64xi1>
  %1 = "tfl.less_equal"(%c, %a) : (tensor<64xf32>, tensor<48x48x64xf32>) -> tensor<48x48x64xi1>
  return %0, %1 : tensor<48x48x64xi1>, tensor<48x48x64xi1>
}

// CHECK-LABEL: func.func @convolutions
func.func @convolutions(%in: tensor<1x64x64x8xf32>, %f: tensor<16x3x3x8xf32>, %bias: tensor<16xf32>, %dw: tensor<1x3x3x8xf32>, %fc: tensor<4x8xf32>) -> (tensor<1x64x64x16xf32>, tensor<1x62x62x8xf32>) {
  // CHECK-NEXT: %0 = "tfl.conv_2d"(%arg0, %arg1, %arg2) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x64x64x8xf32>, tensor<16x3x3x8xf32>, tensor<16xf32>) -> tensor<1x64x64x16xf32>
  %0 = "tfl.conv_2d"(%in, %f, %bias) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x64x64x8xf32>, tensor<16x3x3x8xf32>, tensor<16xf32>) -> tensor<1x64x64x16xf32>
  // CHECK-NEXT: %1 = "tfl.no_value"() {value} : () -> none
  %none = "tfl.no_value"() {value = unit} : () -> none
  // CHECK-NEXT: %2 = "tfl.depthwise_conv_2d"(%arg0, %arg3, %1) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU6", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x64x64x8xf32>, tensor<1x3x3x8xf32>, none) -> tensor<1x62x62x8xf32>
  %1 = "tfl.depthwise_conv_2d"(%in, %dw, %none) {depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU6", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x64x64x8xf32>, tensor<1x3x3x8xf32>, none) -> tensor<1x62x62x8xf32>
  // CHECK-NEXT: %3 = "tfl.fully_connected"(%arg0, %arg4, %1) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x64x64x8xf32>, tensor<4x8xf32>, none) -> tensor<4096x4xf32>
  %2 = "tfl.fully_connected"(%in, %fc, %none) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x64x64x8xf32>, tensor<4x8xf32>, none) -> tensor<4096x4xf32>
  // CHECK-NEXT: %4:2 = "tfl.fully_connected"(%arg0, %arg4, %1) {asymmetric_quantize_inputs = true, fused_activation_function = "RELU", keep_num_dims = true, weights_format = "SHUFFLED4x16INT8"} : (tensor<1x64x64x8xf32>, tensor<4x8xf32>, none) -> (tensor<1x64x64x4xf32>, tensor<1x64x64x8xf32>)
  %3:2 = "tfl.fully_connected"(%in, %fc, %none) {asymmetric_quantize_inputs = true, fused_activation_function = "RELU", keep_num_dims = true, weights_format = "SHUFFLED4x16INT8"} : (tensor<1x64x64x8xf32>, tensor<4x8xf32>, none) -> (tensor<1x64x64x4xf32>, tensor<1x64x64x8xf32>)
  return %0, %1 : tensor<1x64x64x16xf32>, tensor<1x62x62x8xf32>
}

// CHECK-LABEL: func.func @pooling
func.func @pooling(%in: tensor<256x32x32x65xf32>) -> (tensor<256x16x8x65xf32>, tensor<256x16x8x65xf32>) {
  // CHECK-NEXT: %0 = "tfl.max_pool_2d"(%arg0) {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 4 : i32} : (tensor<256x32x32x65xf32>) -> tensor<256x16x8x65xf32>
  %0 = "tfl.max_pool_2d"(%in) {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 4 : i32} : (tensor<256x32x32x65xf32>) -> tensor<256x16x8x65xf32>
  // CHECK-NEXT: %1 = "tfl.average_pool_2d"(%arg0) {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = "RELU", padding = "VALID", stride_h = 2 : i32, stride_w = 4 : i32} : (tensor<256x32x32x65xf32>) -> tensor<256x16x8x65xf32>
  %1 = "tfl.average_pool_2d"(%in) {filter_height = 3 : i32, filter_width = 2 : i32, fused_activation_function = "RELU", padding = "VALID", stride_h = 2 : i32, stride_w = 4 : i32} : (tensor<256x32x32x65xf32>) -> tensor<256x16x8x65xf32>
  return %0, %1 : tensor<256x16x8x65xf32>, tensor<256x16x8x65xf32>
}

// CHECK-LABEL: func.func @shapes
func.func @shapes(%in: tensor<1x2x3xf32>, %shape: tensor<2xi32>, %perm: tensor<3xi32>, %axis: tensor<1xi32>, %pads: tensor<3x2xi32>, %pv: tensor<f32>) -> tensor<1x2x6xf32> {
  // CHECK-NEXT: %0 = "tfl.reshape"(%arg0, %arg1) : (tensor<1x2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  %0 = "tfl.reshape"(%in, %shape) : (tensor<1x2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %1 = "tfl.squeeze"(%arg0) {squeeze_dims = [0]} : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
  %1 = "tfl.squeeze"(%in) {squeeze_dims = [0]} : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %2 = "tfl.squeeze"(%arg0) : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
  %2 = "tfl.squeeze"(%in) : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
  // CHECK-NEXT: %3 = "tfl.transpose"(%arg0, %arg2) : (tensor<1x2x3xf32>, tensor<3xi32>) -> tensor<3x2x1xf32>
  %3 = "tfl.transpose"(%in, %perm) : (tensor<1x2x3xf32>, tensor<3xi32>) -> tensor<3x2x1xf32>
  // CHECK-NEXT: %4 = "tfl.mean"(%arg0, %arg3) {keep_dims = true} : (tensor<1x2x3xf32>, tensor<1xi32>) -> tensor<1x2x1xf32>
  %4 = "tfl.mean"(%in, %axis) {keep_dims = true} : (tensor<1x2x3xf32>, tensor<1xi32>) -> tensor<1x2x1xf32>
  // CHECK-NEXT: %5 = "tfl.pad"(%arg0, %arg4) : (tensor<1x2x3xf32>, tensor<3x2xi32>) -> tensor<1x4x5xf32>
  %5 = "tfl.pad"(%in, %pads) : (tensor<1x2x3xf32>, tensor<3x2xi32>) -> tensor<1x4x5xf32>
  // CHECK-NEXT: %6 = "tfl.padv2"(%arg0, %arg4, %arg5) : (tensor<1x2x3xf32>, tensor<3x2xi32>, tensor<f32>) -> tensor<1x4x5xf32>
  %6 = "tfl.padv2"(%in, %pads, %pv) : (tensor<1x2x3xf32>, tensor<3x2xi32>, tensor<f32>) -> tensor<1x4x5xf32>
  // CHECK-NEXT: %7 = "tfl.concatenation"(%arg0, %arg0) {axis = -1 : i32, fused_activation_function = "NONE"} : (tensor<1x2x3xf32>, tensor<1x2x3xf32>) -> tensor<1x2x6xf32>
  %7 = "tfl.concatenation"(%in, %in) {axis = -1 : i32, fused_activation_function = "NONE"} : (tensor<1x2x3xf32>, tensor<1x2x3xf32>) -> tensor<1x2x6xf32>
  return %7 : tensor<1x2x6xf32>
}

// CHECK-LABEL: func.func @activations
func.func @activations(%x: tensor<2x8xf32>) -> tensor<2x8xf32> {
  // CHECK-NEXT: %0 = "tfl.softmax"(%arg0) {beta = 1.000000e+00 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %0 = "tfl.softmax"(%x) {beta = 1.0 : f32} : (tensor<2x8xf32>) -> tensor<2x8xf32>
  // CHECK-NEXT: %1 = "tfl.relu"(%0) : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %1 = "tfl.relu"(%0) : (tensor<2x8xf32>) -> tensor<2x8xf32>
  // CHECK-NEXT: %2 = "tfl.relu6"(%1) : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %2 = "tfl.relu6"(%1) : (tensor<2x8xf32>) -> tensor<2x8xf32>
  // CHECK-NEXT: %3 = "tfl.relu_n1_to_1"(%2) : (tensor<2x8xf32>) -> tensor<2x8xf32>
  %3 = "tfl.relu_n1_to_1"(%2) : (tensor<2x8xf32>) -> tensor<2x8xf32>
  // CHECK-NEXT: %4 = "tfl.tanh"(%3) : (tensor<2x8xf32>) -> tensor<?x8xf32>
  %4 = "tfl.tanh"(%3) : (tensor<2x8xf32>) -> tensor<?x8xf32>
  // CHECK-NEXT: %5 = "tfl.logistic"(%4) : (tensor<?x8xf32>) -> tensor<2x8xf32>
  %5 = "tfl.logistic"(%4) : (tensor<?x8xf32>) -> tensor<2x8xf32>
  return %5 : tensor<2x8xf32>
}

// CHECK-LABEL: func.func @quantization
func.func @quantization(%x: tensor<4xf32>, %h: tensor<4xf16>) -> (tensor<4xf32>, tensor<4xf32>) {
  // CHECK-NEXT: %0 = "tfl.quantize"(%arg0) {qtype = tensor<4xf32>} : (tensor<4xf32>) -> tensor<4xf32>
  %0 = "tfl.quantize"(%x) {qtype = tensor<4xf32>} : (tensor<4xf32>) -> tensor<4xf32>
  // CHECK-NEXT: %1 = "tfl.dequantize"(%arg1) : (tensor<4xf16>) -> tensor<4xf32>
  %1 = "tfl.dequantize"(%h) : (tensor<4xf16>) -> tensor<4xf32>
  return %0, %1 : tensor<4xf32>, tensor<4xf32>
}

// CHECK-LABEL: func.func @constants_and_custom
func.func @constants_and_custom(%x: tensor<1x10x4xf32>) -> (tensor<2xf32>, tensor<1x20x4xi32>, tensor<1xi32>) {
  // CHECK-NEXT: %0 = "tfl.pseudo_const"() {value = dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf32>} : () -> tensor<2xf32>
  %0 = "tfl.pseudo_const"() {value = dense<[1.0, 2.0]> : tensor<2xf32>} : () -> tensor<2xf32>
  // CHECK-NEXT: %1 = "tfl.pseudo_const"() {value = dense<1> : tensor<2xi32>} : () -> tensor<?xi32>
  %1 = "tfl.pseudo_const"() {value = dense<1> : tensor<2xi32>} : () -> tensor<?xi32>
  // CHECK-NEXT: %2 = "tfl.no_value"() {value} : () -> none
  %2 = "tfl.no_value"() {value} : () -> none
  // CHECK-NEXT: %3:2 = "tfl.custom"(%arg0, %2) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x6D61780001FF">} : (tensor<1x10x4xf32>, none) -> (tensor<1x20x4xi32>, tensor<1xi32>)
  %3:2 = "tfl.custom"(%x, %2) {custom_code = "TFLite_Detection_PostProcess", custom_option = #tfl<const_bytes : "0x6D61780001FF">} : (tensor<1x10x4xf32>, none) -> (tensor<1x20x4xi32>, tensor<1xi32>)
  // CHECK-NEXT: "tfl.custom"() {custom_code = "Empty", custom_option = #tfl<const_bytes : "0x">} : () -> ()
  "tfl.custom"() {custom_code = "Empty", custom_option = #tfl<const_bytes : "0x">} : () -> ()
  return %0, %3#0, %3#1 : tensor<2xf32>, tensor<1x20x4xi32>, tensor<1xi32>
}
