module {
  func.func @main(%arg0: tensor<2x6xf32>) -> tensor<5x4xf32> {
    %shape = arith.constant dense<[3, 4]> : tensor<2xi32>
    %w = arith.constant dense<[[0.0293, -0.1102, -0.3907, -0.5175], [-0.0225, 0.1765, 0.1696, 0.2902], [-0.0904, -0.6327, -0.3843, 0.404], [-0.1105, 0.0913, 0.247, 0.3596], [-0.4725, -0.0473, 0.2137, 0.6088]]> : tensor<5x4xf32>
    %row = arith.constant dense<[[-0.4381, 0.801, 0.6977, 0.049, 0.1573]]> : tensor<1x5xf32>
    %perm = arith.constant dense<[1, 0]> : tensor<2xi32>
    %none = "tfl.no_value"() {value} : () -> none
    %0 = "tfl.reshape"(%arg0, %shape) : (tensor<2x6xf32>, tensor<2xi32>) -> tensor<3x4xf32> loc("reshape")
    %1 = "tfl.fully_connected"(%0, %w, %none) {fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"} : (tensor<3x4xf32>, tensor<5x4xf32>, none) -> tensor<3x5xf32> loc("dense_without_bias")
    %2 = "tfl.relu"(%1) : (tensor<3x5xf32>) -> tensor<3x5xf32> loc("relu")
    %3 = "tfl.concatenation"(%2, %row) {axis = 0 : i32, fused_activation_function = "NONE"} : (tensor<3x5xf32>, tensor<1x5xf32>) -> tensor<4x5xf32> loc("concat")
    %4 = "tfl.transpose"(%3, %perm) : (tensor<4x5xf32>, tensor<2xi32>) -> tensor<5x4xf32> loc("transpose")
    %5 = "tfl.logistic"(%4) : (tensor<5x4xf32>) -> tensor<5x4xf32> loc("logistic")
    %6 = "tfl.tanh"(%5) : (tensor<5x4xf32>) -> tensor<5x4xf32> loc("a_very_long_location_name_that_lce_cuts_to_fifty_characters/tanh")
    return %6 : tensor<5x4xf32>
  }
}
