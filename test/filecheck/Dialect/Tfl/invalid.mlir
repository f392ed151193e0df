// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @bad_activation(%a: tensor<4xi32>) -> tensor<4xi32> {
  // expected-error @+1 {{'tfl.add' op attribute 'fused_activation_function' failed to satisfy constraint: fused activation enum}}
  %0 = tfl.add %a, %a {fused_activation_function = "Relu6"} : tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @missing_activation(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tfl.mul' op requires attribute 'fused_activation_function'}}
  %0 = "tfl.mul"(%a, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @not_a_tensor(%a: f32) -> f32 {
  // expected-error @+1 {{'tfl.add' op operand #0 must be tensor of 32-bit float or 16-bit signless integer or 32-bit signless integer or 64-bit signless integer or QI8 type or QUI8 type or QI16 type values, but got 'f32'}}
  %0 = tfl.add %a, %a {fused_activation_function = "NONE"} : f32
  return %0 : f32
}

// -----

func.func @element_types_differ(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tfl.sub' op failed to verify that binary op operands have same element type}}
  %0 = "tfl.sub"(%a, %b) {fused_activation_function = "NONE"} : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @not_broadcastable(%a: tensor<4xf32>, %b: tensor<3xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tfl.add' op operands don't have broadcast-compatible shapes}}
  %0 = "tfl.add"(%a, %b) {fused_activation_function = "NONE"} : (tensor<4xf32>, tensor<3xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @bad_result_shape(%a: tensor<2x4xf32>, %b: tensor<4xf32>) -> tensor<3x4xf32> {
  // expected-error @+1 {{'tfl.div' op result type '3x4' not broadcast compatible with broadcasted operands's shapes '2x4'}}
  %0 = "tfl.div"(%a, %b) {fused_activation_function = "NONE"} : (tensor<2x4xf32>, tensor<4xf32>) -> tensor<3x4xf32>
  return %0 : tensor<3x4xf32>
}

// -----

func.func @compare_types(%a: tensor<4xf32>, %b: tensor<4xi32>) -> tensor<4xi1> {
  // expected-error @+1 {{'tfl.greater_equal' op failed to verify that comparison op operands have same element type}}
  %0 = "tfl.greater_equal"(%a, %b) : (tensor<4xf32>, tensor<4xi32>) -> tensor<4xi1>
  return %0 : tensor<4xi1>
}

// -----

func.func @short_form_function_type(%a: tensor<4xf32>) {
  // expected-error @+1 {{expected function type}}
  %0 = tfl.add(%a, %a) {fused_activation_function = "NONE"} : tensor<4xf32>
  return
}

// -----

func.func @operand_count(%a: tensor<4xf32>) {
  // expected-error @+1 {{1 operands present, but expected 2}}
  %0 = tfl.add(%a) {fused_activation_function = "NONE"} : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return
}

// -----

func.func @const_bytes_colon() {
  // expected-error @+1 {{expected ':'}}
  "tfl.custom"() {custom_code = "X", custom_option = #tfl<const_bytes "0x">} : () -> ()
  return
}

// -----

func.func @const_bytes_string() {
  // expected-error @+1 {{expected string}}
  "tfl.custom"() {custom_code = "X", custom_option = #tfl<const_bytes : 0x00>} : () -> ()
  return
}

// -----

func.func @bad_padding(%in: tensor<256x32x32x3xf32>, %f: tensor<16x3x3x3xf32>, %b: tensor<16xf32>) -> tensor<256x30x30x16xf32> {
  // expected-error @+1 {{'tfl.conv_2d' op attribute 'padding' failed to satisfy constraint: padding enum}}
  %0 = "tfl.conv_2d"(%in, %f, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SOMETHING", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<256x32x32x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<256x30x30x16xf32>
  return %0 : tensor<256x30x30x16xf32>
}

// -----

func.func @conv_stride_type(%in: tensor<256x32x32x3xf32>, %f: tensor<16x3x3x3xf32>, %b: tensor<16xf32>) -> tensor<256x30x30x16xf32> {
  // expected-error @+1 {{'tfl.conv_2d' op attribute 'stride_h' failed to satisfy constraint: 32-bit signless integer attribute}}
  %0 = "tfl.conv_2d"(%in, %f, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i64, stride_w = 1 : i32} : (tensor<256x32x32x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<256x30x30x16xf32>
  return %0 : tensor<256x30x30x16xf32>
}

// -----

func.func @conv_wrong_result(%in: tensor<256x32x32x3xf32>, %f: tensor<16x3x3x3xf32>, %b: tensor<16xf32>) -> tensor<256x32x32x16xf32> {
  // expected-error @+2 {{'tfl.conv_2d' op inferred type(s) 'tensor<256x30x30x16xf32>' are incompatible with return type(s) of operation 'tensor<256x32x32x16xf32>'}}
  // expected-error @+1 {{'tfl.conv_2d' op failed to infer returned types}}
  %0 = "tfl.conv_2d"(%in, %f, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<256x32x32x3xf32>, tensor<16x3x3x3xf32>, tensor<16xf32>) -> tensor<256x32x32x16xf32>
  return %0 : tensor<256x32x32x16xf32>
}

// -----

func.func @conv_ranks(%in: tensor<32x32x3xf32>, %f: tensor<16x3x3x3xf32>, %b: none) -> tensor<*xf32> {
  // expected-error @+2 {{Invalid ranks}}
  // expected-error @+1 {{'tfl.conv_2d' op failed to infer returned types}}
  %0 = "tfl.conv_2d"(%in, %f, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<32x32x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @conv_zero_stride(%in: tensor<1x32x32x3xf32>, %f: tensor<16x3x3x3xf32>, %b: none) -> tensor<1x?x?x16xf32> {
  // expected-error @+1 {{'tfl.conv_2d' op failed to infer returned types}}
  %0 = "tfl.conv_2d"(%in, %f, %b) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 0 : i32, stride_w = 1 : i32} : (tensor<1x32x32x3xf32>, tensor<16x3x3x3xf32>, none) -> tensor<1x?x?x16xf32>
  return %0 : tensor<1x?x?x16xf32>
}

// -----

func.func @fc_filter_rank(%in: tensor<4x8xf32>, %f: tensor<8xf32>, %b: none) -> tensor<4x1xf32> {
  // expected-error @+1 {{'tfl.fully_connected' op expect 2d filter, got 'tensor<8xf32>'}}
  %0 = "tfl.fully_connected"(%in, %f, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<4x8xf32>, tensor<8xf32>, none) -> tensor<4x1xf32>
  return %0 : tensor<4x1xf32>
}

// -----

func.func @fc_input_elements(%in: tensor<4x7xf32>, %f: tensor<2x8xf32>, %b: none) -> tensor<4x2xf32> {
  // expected-error @+1 {{'tfl.fully_connected' op expect 'input' num_elements % 8 == 0, got input type 'tensor<4x7xf32>'}}
  %0 = "tfl.fully_connected"(%in, %f, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<4x7xf32>, tensor<2x8xf32>, none) -> tensor<4x2xf32>
  return %0 : tensor<4x2xf32>
}

// -----

func.func @fc_output_elements(%in: tensor<4x8xf32>, %f: tensor<2x8xf32>, %b: none) -> tensor<3x3xf32> {
  // expected-error @+1 {{'tfl.fully_connected' op expect 'output' num_elements % 2 == 0, got 'tensor<3x3xf32>'}}
  %0 = "tfl.fully_connected"(%in, %f, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<4x8xf32>, tensor<2x8xf32>, none) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

func.func @fc_batch(%in: tensor<4x8xf32>, %f: tensor<2x8xf32>, %b: none) -> tensor<3x2xf32> {
  // expected-error @+1 {{'tfl.fully_connected' op num_input_elements / z_in != num_output_elements / z_out}}
  %0 = "tfl.fully_connected"(%in, %f, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<4x8xf32>, tensor<2x8xf32>, none) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @max_pool_rank(%in: tensor<32x32x3xf32>) -> tensor<16x16x3xf32> {
  // expected-error @+1 {{'tfl.max_pool_2d' op failed to verify that operand 0 is 4-D}}
  %0 = "tfl.max_pool_2d"(%in) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<32x32x3xf32>) -> tensor<16x16x3xf32>
  return %0 : tensor<16x16x3xf32>
}

// -----

func.func @max_pool_element(%in: tensor<1x32x32x3xf32>) -> tensor<1x16x16x3xi32> {
  // expected-error @+1 {{'tfl.max_pool_2d' op failed to verify that input and output must have same element type}}
  %0 = "tfl.max_pool_2d"(%in) {filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32} : (tensor<1x32x32x3xf32>) -> tensor<1x16x16x3xi32>
  return %0 : tensor<1x16x16x3xi32>
}

// -----

func.func @relu_shape(%x: tensor<4xf32>) -> tensor<5xf32> {
  // expected-error @+1 {{'tfl.relu' op requires the same shape for all operands and results}}
  %0 = "tfl.relu"(%x) : (tensor<4xf32>) -> tensor<5xf32>
  return %0 : tensor<5xf32>
}

// -----

func.func @relu6_element(%x: tensor<4xf32>) -> tensor<4xi32> {
  // expected-error @+1 {{'tfl.relu6' op failed to verify that x and y must have same element type}}
  %0 = "tfl.relu6"(%x) : (tensor<4xf32>) -> tensor<4xi32>
  return %0 : tensor<4xi32>
}

// -----

func.func @softmax_scalar(%x: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{'tfl.softmax' op failed to verify that operand 0 is at least 1-D}}
  %0 = "tfl.softmax"(%x) {beta = 1.0 : f32} : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @softmax_beta(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tfl.softmax' op attribute 'beta' failed to satisfy constraint: 32-bit float attribute}}
  %0 = "tfl.softmax"(%x) {beta = 1.0 : f64} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @pad_rank(%x: tensor<1x2x3x4x5x6xf32>, %p: tensor<6x2xi32>) -> tensor<*xf32> {
  // expected-error @+1 {{'tfl.pad' op failed to verify that operand 0 is at most 5-D}}
  %0 = "tfl.pad"(%x, %p) : (tensor<1x2x3x4x5x6xf32>, tensor<6x2xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @pad_paddings(%x: tensor<2x3xf32>, %p: tensor<3x2xi32>) -> tensor<*xf32> {
  // expected-error @+1 {{'tfl.pad' op failed to verify that operand 0's rank equals operand 1's size}}
  %0 = "tfl.pad"(%x, %p) : (tensor<2x3xf32>, tensor<3x2xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @padv2_value(%x: tensor<2x3xf32>, %p: tensor<2x2xi32>, %v: tensor<i32>) -> tensor<*xf32> {
  // expected-error @+1 {{'tfl.padv2' op failed to verify that input and constant value operands must have same element type}}
  %0 = "tfl.padv2"(%x, %p, %v) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<i32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @padv2_value_rank(%x: tensor<2x3xf32>, %p: tensor<2x2xi32>, %v: tensor<1xf32>) -> tensor<*xf32> {
  // expected-error @+1 {{'tfl.padv2' op failed to verify that operand 2 is 0-D}}
  %0 = "tfl.padv2"(%x, %p, %v) : (tensor<2x3xf32>, tensor<2x2xi32>, tensor<1xf32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @transpose_perm(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %perm = arith.constant dense<[1, 1]> : tensor<2xi32>
  // expected-error @+1 {{'tfl.transpose' op perm[1] cannot have duplicated axis}}
  %0 = "tfl.transpose"(%x, %perm) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_range(%x: tensor<2x3xf32>) -> tensor<3x2xf32> {
  %perm = arith.constant dense<[0, 2]> : tensor<2xi32>
  // expected-error @+1 {{'tfl.transpose' op perm[1] must be in [-rank, rank)}}
  %0 = "tfl.transpose"(%x, %perm) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// -----

func.func @transpose_output(%x: tensor<2x3xf32>) -> tensor<2x3xf32> {
  %perm = arith.constant dense<[-1, 0]> : tensor<2xi32>
  // expected-error @+1 {{'tfl.transpose' op expect output type tensor<3x2xf32>, got tensor<2x3xf32>}}
  %0 = "tfl.transpose"(%x, %perm) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}

// -----

func.func @transpose_perm_size(%x: tensor<2x3xf32>, %perm: tensor<3xi32>) -> tensor<*xf32> {
  // expected-error @+1 {{'tfl.transpose' op perm tensor elements size is not equal to input tensor rank}}
  %0 = "tfl.transpose"(%x, %perm) : (tensor<2x3xf32>, tensor<3xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @reshape_elements(%x: tensor<2x3xf32>, %s: tensor<2xi32>) -> tensor<2x2xf32> {
  // expected-error @+1 {{'tfl.reshape' op requires 'output' number of elements to match 'input' number of elements, but got 4 and 6}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}

// -----

func.func @reshape_shape_rank(%x: tensor<2x3xf32>, %s: tensor<1x2xi32>) -> tensor<*xf32> {
  // expected-error @+1 {{'tfl.reshape' op requires 'shape' to be rank 1, but got 2}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<1x2xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @reshape_two_unknown(%x: tensor<2x3xf32>) -> tensor<*xf32> {
  %s = arith.constant dense<[-1, -1]> : tensor<2xi32>
  // expected-error @+1 {{'tfl.reshape' op requires 'shape' to have at most one dynamic dimension, but got multiple dynamic dimensions at indices 0 and 1.}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @reshape_multiple(%x: tensor<2x3xf32>) -> tensor<*xf32> {
  %s = arith.constant dense<[4, -1]> : tensor<2xi32>
  // expected-error @+1 {{'tfl.reshape' op requires 'input' number of elements be a multiple of 4, but got 6}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @reshape_negative(%x: tensor<2x3xf32>) -> tensor<*xf32> {
  %s = arith.constant dense<[-2, 3]> : tensor<2xi32>
  // expected-error @+1 {{'tfl.reshape' op requires 'shape' to have dimensions greater than -1, but got -2 at index 0}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<*xf32>
  return %0 : tensor<*xf32>
}

// -----

func.func @reshape_inferred(%x: tensor<2x3xf32>) -> tensor<3x3xf32> {
  %s = arith.constant dense<[6, -1]> : tensor<2xi32>
  // expected-error @+2 {{'tfl.reshape' op inferred type(s) 'tensor<6x1xf32>' are incompatible with return type(s) of operation 'tensor<3x3xf32>'}}
  // expected-error @+1 {{'tfl.reshape' op failed to infer returned types}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x3xf32>
  return %0 : tensor<3x3xf32>
}

// -----

func.func @reshape_element(%x: tensor<2x3xf32>, %s: tensor<2xi32>) -> tensor<3x2xi32> {
  // expected-error @+1 {{'tfl.reshape' op requires 'output' type 'tensor<3x2xi32>' to be cast compatible with expected type 'tensor<?x?xf32>'}}
  %0 = "tfl.reshape"(%x, %s) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xi32>
  return %0 : tensor<3x2xi32>
}

// -----

func.func @concat_axis(%x: tensor<2x3xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{'tfl.concatenation' op concatenation dimension must be in [-rank, rank)}}
  %0 = "tfl.concatenation"(%x, %x) {axis = 2 : i32, fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concat_rank(%x: tensor<2x3xf32>, %y: tensor<3xf32>) -> tensor<2x6xf32> {
  // expected-error @+1 {{'tfl.concatenation' op rank of operand #1 must be equal to rank of output, expected 2, got 1}}
  %0 = "tfl.concatenation"(%x, %y) {axis = 1 : i32, fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x6xf32>
  return %0 : tensor<2x6xf32>
}

// -----

func.func @concat_dims(%x: tensor<?x3xf32>, %y: tensor<4x3xf32>, %z: tensor<5x3xf32>) -> tensor<?x9xf32> {
  // expected-error @+1 {{'tfl.concatenation' op dimension size of dimension #0 of operand #2 must be equal to dimension size of dimension #0 of operand #1, expected 4, got 5}}
  %0 = "tfl.concatenation"(%x, %y, %z) {axis = 1 : i32, fused_activation_function = "NONE"} : (tensor<?x3xf32>, tensor<4x3xf32>, tensor<5x3xf32>) -> tensor<?x9xf32>
  return %0 : tensor<?x9xf32>
}

// -----

func.func @concat_sum(%x: tensor<2x3xf32>) -> tensor<2x7xf32> {
  // expected-error @+1 {{'tfl.concatenation' op dimension size of dimension #1 of output must be equal to the sum of dimension sizes of dimension #1, expected 6, got 7}}
  %0 = "tfl.concatenation"(%x, %x) {axis = 1 : i32, fused_activation_function = "NONE"} : (tensor<2x3xf32>, tensor<2x3xf32>) -> tensor<2x7xf32>
  return %0 : tensor<2x7xf32>
}

// -----

func.func @quantize_qtype(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tfl.quantize' op attribute 'qtype' failed to satisfy constraint: Tensor type attribute}}
  %0 = "tfl.quantize"(%x) {qtype = f32} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @squeeze_dims(%x: tensor<1x2xf32>) -> tensor<2xf32> {
  // expected-error @+1 {{'tfl.squeeze' op attribute 'squeeze_dims' failed to satisfy constraint: 64-bit integer array attribute whose size is at most 8}}
  %0 = "tfl.squeeze"(%x) {squeeze_dims = [0 : i32]} : (tensor<1x2xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}

// -----

func.func @no_value_type() -> tensor<f32> {
  // expected-error @+1 {{'tfl.no_value' op result #0 must be none type, but got 'tensor<f32>'}}
  %0 = "tfl.no_value"() {value} : () -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @pseudo_const_value() -> tensor<f32> {
  // expected-error @+1 {{'tfl.pseudo_const' op attribute 'value' failed to satisfy constraint: constant vector/tensor attribute}}
  %0 = "tfl.pseudo_const"() {value = 1.0 : f32} : () -> tensor<f32>
  return %0 : tensor<f32>
}

// -----

func.func @custom_option(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'tfl.custom' op attribute 'custom_option' failed to satisfy constraint: A string attribute representation of compiled bytes}}
  %0 = "tfl.custom"(%x) {custom_code = "X", custom_option = "0x00"} : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @custom_result(%x: tensor<4xf32>) -> f32 {
  // expected-error @+1 {{'tfl.custom' op result #0 must be variadic of tensor of any type values, but got 'f32'}}
  %0 = "tfl.custom"(%x) {custom_code = "X", custom_option = #tfl<const_bytes : "0x">} : (tensor<4xf32>) -> f32
  return %0 : f32
}

// -----

func.func @unknown_tfl_attribute() {
  // expected-error @+1 {{unknown attribute `dimension_type_attr` in dialect `tfl`}}
  "tfl.custom"() {custom_code = "X", custom_option = #tfl<dimension_type_attr DENSE>} : () -> ()
  return
}

// -----

func.func @concat_nothing() -> tensor<0xf32> {
  // expected-error @+1 {{'tfl.concatenation' op failed to verify that values and output must have same element type}}
  %0 = "tfl.concatenation"() {axis = 0 : i32, fused_activation_function = "NONE"} : () -> tensor<0xf32>
  return %0 : tensor<0xf32>
}
