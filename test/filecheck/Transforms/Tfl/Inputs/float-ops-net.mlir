// A float network for --experimental-default-int8-range exercising the shape and elementwise
// ops: zero padding before a VALID conv, concatenation with the input, mul and sub of the same
// tensor, relu, max-pool, transpose, reshape, a dense layer without bias and tanh.
func.func @main(%input: tensor<1x4x4x2xf32>) -> tensor<1x2xf32> {
  %pads = "tf.Const"() {value = dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>} : () -> tensor<4x2xi32>
  %padded = "tf.Pad"(%input, %pads) : (tensor<1x4x4x2xf32>, tensor<4x2xi32>) -> tensor<1x6x6x2xf32>
  %w0 = "tf.Const"() {value = dense<[[[[-0.67, 0.38, 0.27], [-0.042, -0.568, 0.585]], [[0.616, 0.025, 0.01], [-0.528, -0.994, -0.258]], [[0.171, -0.861, 0.588], [-0.535, -0.535, -0.915]]], [[[0.995, 0.477, 0.75], [0.232, -0.932, -0.342]], [[-0.005, -0.768, 0.904], [-0.263, -0.69, 0.635]], [[-0.75, 0.856, -0.094], [0.104, -0.314, -0.031]]], [[[-0.626, -0.926, 0.732], [-0.53, 0.561, -0.583]], [[0.938, 0.788, 0.51], [0.526, 0.162, 0.46]], [[-0.755, -0.047, 0.654], [-0.598, 0.846, 0.775]]]]> : tensor<3x3x2x3xf32>} : () -> tensor<3x3x2x3xf32>
  %c0 = "tf.Conv2D"(%padded, %w0) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x6x6x2xf32>, tensor<3x3x2x3xf32>) -> tensor<1x4x4x3xf32>
  %axis = "tf.Const"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
  %cat = "tf.ConcatV2"(%c0, %input, %axis) : (tensor<1x4x4x3xf32>, tensor<1x4x4x2xf32>, tensor<i32>) -> tensor<1x4x4x5xf32>
  %k = "tf.Const"() {value = dense<[0.91, 0.865, 0.951, 0.886, 1.495]> : tensor<5xf32>} : () -> tensor<5xf32>
  %m = "tf.Mul"(%cat, %cat) : (tensor<1x4x4x5xf32>, tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %d = "tf.Sub"(%m, %cat) : (tensor<1x4x4x5xf32>, tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %r = "tf.Relu"(%d) : (tensor<1x4x4x5xf32>) -> tensor<1x4x4x5xf32>
  %p = "tf.MaxPool"(%r) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x4x4x5xf32>) -> tensor<1x2x2x5xf32>
  %perm = "tf.Const"() {value = dense<[0, 3, 1, 2]> : tensor<4xi32>} : () -> tensor<4xi32>
  %t = "tf.Transpose"(%p, %perm) : (tensor<1x2x2x5xf32>, tensor<4xi32>) -> tensor<1x5x2x2xf32>
  %shape = "tf.Const"() {value = dense<[1, 20]> : tensor<2xi32>} : () -> tensor<2xi32>
  %flat = "tf.Reshape"(%t, %shape) : (tensor<1x5x2x2xf32>, tensor<2xi32>) -> tensor<1x20xf32>
  %fw = "tf.Const"() {value = dense<[[-0.113, -0.473], [-0.407, 0.218], [0.493, -0.004], [-0.008, 0.05], [0.248, -0.278], [0.109, 0.056], [0.123, -0.319], [-0.33, -0.152], [0.427, -0.153], [0.097, -0.193], [-0.397, -0.434], [0.314, 0.277], [-0.125, 0.183], [0.176, 0.399], [0.458, -0.093], [0.489, 0.461], [0.091, 0.383], [-0.009, -0.124], [-0.253, 0.376], [-0.338, -0.431]]> : tensor<20x2xf32>} : () -> tensor<20x2xf32>
  %mm = "tf.MatMul"(%flat, %fw) {transpose_a = false, transpose_b = false} : (tensor<1x20xf32>, tensor<20x2xf32>) -> tensor<1x2xf32>
  %th = "tf.Tanh"(%mm) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %th : tensor<1x2xf32>
}
