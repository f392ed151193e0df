module {
  func.func @main(%arg0: tensor<2x3x4xf32>, %arg1: tensor<2x3x4xf32>) -> (tensor<6x8xf32>, tensor<2x3x4xf32>) {
    %b = arith.constant dense<[0.5933, -0.8827, 0.5205, 0.7254]> : tensor<4xf32>
    %c = arith.constant dense<[[-0.8175], [0.805], [0.5718]]> : tensor<3x1xf32>
    %d = arith.constant dense<[0.5, 2.0, -4.0, 8.0]> : tensor<4xf32>
    %shape = arith.constant dense<[6, 8]> : tensor<2xi32>
    %0 = tfl.add(%arg0, %b) {fused_activation_function = "NONE"} : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32> loc("add")
    %1 = tfl.mul(%0, %c) {fused_activation_function = "NONE"} : (tensor<2x3x4xf32>, tensor<3x1xf32>) -> tensor<2x3x4xf32> loc("mul")
    %2 = tfl.sub %1, %arg1 {fused_activation_function = "RELU_N1_TO_1"} : tensor<2x3x4xf32> loc("sub")
    %3 = tfl.div(%2, %d) {fused_activation_function = "NONE"} : (tensor<2x3x4xf32>, tensor<4xf32>) -> tensor<2x3x4xf32> loc("div")
    %4 = "tfl.concatenation"(%3, %1) {axis = -1 : i32, fused_activation_function = "NONE"} : (tensor<2x3x4xf32>, tensor<2x3x4xf32>) -> tensor<2x3x8xf32> loc("concat")
    %5 = "tfl.reshape"(%4, %shape) : (tensor<2x3x8xf32>, tensor<2xi32>) -> tensor<6x8xf32> loc("reshape")
    %6 = "tfl.softmax"(%5) {beta = 5.000000e-01 : f32} : (tensor<6x8xf32>) -> tensor<6x8xf32> loc("softmax")
    return %6, %3 : tensor<6x8xf32>, tensor<2x3x4xf32>
  }
}
