module {
  func.func @main(%arg0: tensor<1x6x6x2xf32>) -> tensor<1x6x6x4xf32> {
    %w = arith.constant dense<[[[[-0.0027, -0.14, 0.2221, -0.0533], [-0.0466, -0.4741, -0.1651, -0.0245], [-0.0487, -0.4121, -0.2049, -0.1614]], [[0.4021, 0.2173, 0.3986, -0.467], [-0.2715, 0.0381, -0.4387, -0.2706], [0.0598, -0.4992, -0.108, -0.4687]], [[-0.2594, 0.3954, -0.1133, -0.2321], [0.4114, 0.3562, -0.2451, -0.0728], [-0.3028, 0.2645, -0.0458, 0.2701]]]]> : tensor<1x3x3x4xf32>
    %b = arith.constant dense<[0.0509, -0.0734, -0.0728, 0.0484]> : tensor<4xf32>
    %0 = "tfl.depthwise_conv_2d"(%arg0, %w, %b) {depth_multiplier = 2 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32} : (tensor<1x6x6x2xf32>, tensor<1x3x3x4xf32>, tensor<4xf32>) -> tensor<1x6x6x4xf32> loc("depthwise")
    return %0 : tensor<1x6x6x4xf32>
  }
}
