module {
  func.func @main(%arg0: tensor<1x8xf32>) -> tensor<1x4xf32> {
    %w = "tfl.pseudo_const"() {value = dense<[[-20, -100, 122, 57, 29, 11, 50, 44], [3, 36, -79, 70, 85, 106, 89, 71], [-74, -40, 39, -112, 52, 69, 56, 90], [80, -89, 89, 31, -33, -110, 2, -67]]> : tensor<4x8xi8>} : () -> tensor<4x8x!quant.uniform<i8:f32, 2.000000e-02>>
    %b = "tfl.pseudo_const"() {value = dense<[951, -1975, -1414, 926]> : tensor<4xi32>} : () -> tensor<4x!quant.uniform<i32:f32, 1.000000e-03>>
    %c = "tfl.pseudo_const"() {value = dense<[-115, -63, -50, -81]> : tensor<4xi8>} : () -> tensor<4x!quant.uniform<i8:f32, 5.000000e-02:1>>
    %0 = "tfl.quantize"(%arg0) {qtype = tensor<1x8x!quant.uniform<i8:f32, 5.000000e-02:-3>>} : (tensor<1x8xf32>) -> tensor<1x8x!quant.uniform<i8:f32, 5.000000e-02:-3>> loc("quantize")
    %1 = "tfl.fully_connected"(%0, %w, %b) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<1x8x!quant.uniform<i8:f32, 5.000000e-02:-3>>, tensor<4x8x!quant.uniform<i8:f32, 2.000000e-02>>, tensor<4x!quant.uniform<i32:f32, 1.000000e-03>>) -> tensor<1x4x!quant.uniform<i8:f32, 1.000000e-01:2>> loc("dense")
    %2 = tfl.add(%1, %c) {fused_activation_function = "NONE"} : (tensor<1x4x!quant.uniform<i8:f32, 1.000000e-01:2>>, tensor<4x!quant.uniform<i8:f32, 5.000000e-02:1>>) -> tensor<1x4x!quant.uniform<i8:f32, 1.500000e-01:-1>> loc("add")
    %3 = "tfl.dequantize"(%2) : (tensor<1x4x!quant.uniform<i8:f32, 1.500000e-01:-1>>) -> tensor<1x4xf32> loc("dequantize")
    return %3 : tensor<1x4xf32>
  }
}
