// A float network for --experimental-default-int8-range with a standalone pad (not fusable into
// a pool), average pool, a mean over one axis keeping dims, squeeze and sigmoid.
func.func @main(%x: tensor<1x3x3x2xf32>) -> tensor<2x2xf32> {
  %pads = "tf.Const"() {value = dense<[[0, 0], [1, 0], [1, 0], [0, 0]]> : tensor<4x2xi32>} : () -> tensor<4x2xi32>
  %p = "tf.Pad"(%x, %pads) : (tensor<1x3x3x2xf32>, tensor<4x2xi32>) -> tensor<1x4x4x2xf32>
  %a = "tf.AvgPool"(%p) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x4x4x2xf32>) -> tensor<1x2x2x2xf32>
  %axes = "tf.Const"() {value = dense<[2]> : tensor<1xi32>} : () -> tensor<1xi32>
  %m = "tf.Mean"(%a, %axes) {keep_dims = true} : (tensor<1x2x2x2xf32>, tensor<1xi32>) -> tensor<1x2x1x2xf32>
  %s = "tf.Squeeze"(%m) {squeeze_dims = [0, 2]} : (tensor<1x2x1x2xf32>) -> tensor<2x2xf32>
  %l = "tf.Sigmoid"(%s) : (tensor<2x2xf32>) -> tensor<2x2xf32>
  return %l : tensor<2x2xf32>
}
