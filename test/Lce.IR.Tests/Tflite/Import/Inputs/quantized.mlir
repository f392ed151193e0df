module attributes {tfl.description = "int8 CONV_2D with per-axis weights and a reshape taking its shape from its options", tfl.schema_version = 3 : i32} {
  func.func @main(%arg0: tensor<1x3x3x1x!quant.uniform<i8:f32, 5.000000e-01:-1>>, %arg1: tensor<2x3xf32>) -> (tensor<1x3x3x2x!quant.uniform<i8:f32, 1.000000e+00:3>>, tensor<3x4xf32>) attributes {tf.entry_function = {inputs = "x,f", outputs = "y,z"}} {
    %0 = "tfl.pseudo_qconst"() {qtype = tensor<2x1x1x1x!quant.uniform<i8<-127:127>:f32:0, {2.500000e-01,1.250000e-01}>>, value = dense<[[[[127]]], [[[-127]]]]> : tensor<2x1x1x1xi8>} : () -> tensor<2x1x1x1x!quant.uniform<i8<-127:127>:f32:0, {2.500000e-01,1.250000e-01}>>
    %1 = "tfl.pseudo_qconst"() {qtype = tensor<2x!quant.uniform<i32:f32:0, {1.250000e-01,6.250000e-02}>>, value = dense<[8, -16]> : tensor<2xi32>} : () -> tensor<2x!quant.uniform<i32:f32:0, {1.250000e-01,6.250000e-02}>>
    %2 = "tfl.conv_2d"(%arg0, %0, %1) {dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x3x3x1x!quant.uniform<i8:f32, 5.000000e-01:-1>>, tensor<2x1x1x1x!quant.uniform<i8<-127:127>:f32:0, {2.500000e-01,1.250000e-01}>>, tensor<2x!quant.uniform<i32:f32:0, {1.250000e-01,6.250000e-02}>>) -> tensor<1x3x3x2x!quant.uniform<i8:f32, 1.000000e+00:3>>
    %3 = "tfl.pseudo_const"() {value = dense<[3, 2]> : tensor<2xi32>} : () -> tensor<2xi32>
    %4 = "tfl.reshape"(%arg1, %3) : (tensor<2x3xf32>, tensor<2xi32>) -> tensor<3x2xf32>
    %5 = "tfl.pseudo_const"() {value = dense<[[1.000000e+00, 2.000000e+00], [3.000000e+00, 4.000000e+00], [5.000000e+00, 6.000000e+00], [7.000000e+00, 8.000000e+00]]> : tensor<4x2xf32>} : () -> tensor<4x2xf32>
    %6 = "tfl.no_value"() {value} : () -> none
    %7 = "tfl.fully_connected"(%4, %5, %6) {asymmetric_quantize_inputs = false, fused_activation_function = "NONE", keep_num_dims = true, weights_format = "DEFAULT"} : (tensor<3x2xf32>, tensor<4x2xf32>, none) -> tensor<3x4xf32>
    return %2, %7 : tensor<1x3x3x2x!quant.uniform<i8:f32, 1.000000e+00:3>>, tensor<3x4xf32>
  }
}
