// A float network (no fake quantization) for --experimental-default-int8-range: a strided conv
// with bias and relu6, an average pool, a depthwise conv scaled per channel, a residual add, a
// global mean, a dense layer and a sigmoid.
func.func @main(%input: tensor<1x8x8x2xf32>) -> tensor<1x3xf32> {
  %w0 = "tf.Const"() {value = dense<[[[[-0.095, 0.12, 0.848, -0.069, 0.016, 0.175], [-0.631, 0.024, 0.26, 0.586, -0.812, -0.393]], [[-0.819, 0.619, 0.387, -0.916, 0.964, 0.93], [0.308, 0.231, -0.685, -0.97, 0.057, -0.881]], [[-0.62, -0.516, -0.94, -0.072, -0.119, 0.685], [0.038, 0.281, -0.0, 0.325, -0.085, -0.444]]], [[[0.995, 0.991, 0.68, 0.416, -0.369, -0.541], [-0.422, -0.86, 0.533, -0.199, 0.693, -0.227]], [[0.916, 0.695, -0.999, -0.581, 0.821, -0.06], [0.961, -0.205, -0.854, 0.259, 0.557, -0.46]], [[-0.826, -0.335, 0.928, 0.516, -0.764, -0.507], [-0.798, -0.88, 0.594, -0.645, 0.119, -0.105]]], [[[-0.619, 0.464, -0.738, 0.287, -0.767, -0.158], [-0.574, -0.46, 0.942, 0.607, -0.392, 0.77]], [[-0.579, -0.211, 0.709, 0.284, -0.799, 0.979], [-0.574, -0.483, 0.545, -0.342, -0.407, -0.853]], [[-0.82, 0.165, -0.514, 0.203, -0.257, -0.094], [0.918, -0.033, 0.149, 0.733, -0.634, -0.692]]]]> : tensor<3x3x2x6xf32>} : () -> tensor<3x3x2x6xf32>
  %b0 = "tf.Const"() {value = dense<[0.163, 0.127, -0.1, -0.124, 0.096, 0.176]> : tensor<6xf32>} : () -> tensor<6xf32>
  %c0 = "tf.Conv2D"(%input, %w0) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "SAME", strides = [1, 2, 2, 1]} : (tensor<1x8x8x2xf32>, tensor<3x3x2x6xf32>) -> tensor<1x4x4x6xf32>
  %a0 = "tf.BiasAdd"(%c0, %b0) {data_format = "NHWC"} : (tensor<1x4x4x6xf32>, tensor<6xf32>) -> tensor<1x4x4x6xf32>
  %r0 = "tf.Relu6"(%a0) : (tensor<1x4x4x6xf32>) -> tensor<1x4x4x6xf32>
  %ap = "tf.AvgPool"(%r0) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x6xf32>) -> tensor<1x3x3x6xf32>
  %dw = "tf.Const"() {value = dense<[[[[-0.607], [0.9], [0.764], [0.207], [-0.157], [-0.792]], [[-0.923], [0.925], [-0.523], [0.409], [-0.486], [0.647]], [[0.193], [-0.413], [-0.649], [0.441], [-0.862], [-0.543]]], [[[0.119], [0.705], [0.229], [-0.44], [0.835], [-0.592]], [[-0.967], [-0.462], [-0.109], [-0.879], [-0.647], [-0.262]], [[0.144], [-0.737], [-0.276], [0.782], [0.961], [0.314]]], [[[0.382], [0.169], [-0.719], [-0.93], [-0.964], [0.82]], [[0.402], [0.926], [-0.957], [0.272], [-0.036], [0.461]], [[-0.362], [0.999], [-0.849], [0.092], [0.474], [0.8]]]]> : tensor<3x3x6x1xf32>} : () -> tensor<3x3x6x1xf32>
  %d1 = "tf.DepthwiseConv2dNative"(%ap, %dw) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "SAME", strides = [1, 1, 1, 1]} : (tensor<1x3x3x6xf32>, tensor<3x3x6x1xf32>) -> tensor<1x3x3x6xf32>
  %sc = "tf.Const"() {value = dense<[1.237, 1.204, 1.293, 1.415, 0.852, 1.185]> : tensor<6xf32>} : () -> tensor<6xf32>
  %m1 = "tf.Mul"(%d1, %sc) : (tensor<1x3x3x6xf32>, tensor<6xf32>) -> tensor<1x3x3x6xf32>
  %sum = "tf.AddV2"(%m1, %ap) : (tensor<1x3x3x6xf32>, tensor<1x3x3x6xf32>) -> tensor<1x3x3x6xf32>
  %axes = "tf.Const"() {value = dense<[1, 2]> : tensor<2xi32>} : () -> tensor<2xi32>
  %gap = "tf.Mean"(%sum, %axes) {keep_dims = false} : (tensor<1x3x3x6xf32>, tensor<2xi32>) -> tensor<1x6xf32>
  %fw = "tf.Const"() {value = dense<[[0.401, 0.371, -0.083], [0.291, 0.363, 0.073], [0.125, -0.118, 0.083], [0.109, -0.42, 0.139], [0.493, 0.38, 0.228], [-0.112, 0.235, 0.081]]> : tensor<6x3xf32>} : () -> tensor<6x3xf32>
  %fb = "tf.Const"() {value = dense<[-0.012, 0.068, -0.083]> : tensor<3xf32>} : () -> tensor<3xf32>
  %mm = "tf.MatMul"(%gap, %fw) {transpose_a = false, transpose_b = false} : (tensor<1x6xf32>, tensor<6x3xf32>) -> tensor<1x3xf32>
  %ba = "tf.BiasAdd"(%mm, %fb) {data_format = "NHWC"} : (tensor<1x3xf32>, tensor<3xf32>) -> tensor<1x3xf32>
  %sg = "tf.Sigmoid"(%ba) : (tensor<1x3xf32>) -> tensor<1x3xf32>
  return %sg : tensor<1x3xf32>
}
