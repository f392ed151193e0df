func.func @main(%x: tensor<1x4x4x48xf32>) -> tensor<1x4x4x3xf32> {
  %zero = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %one = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %minus = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %ge = "tf.GreaterEqual"(%x, %zero) : (tensor<1x4x4x48xf32>, tensor<f32>) -> tensor<1x4x4x48xi1>
  %s = "tf.SelectV2"(%ge, %one, %minus) : (tensor<1x4x4x48xi1>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x48xf32>
  %filter = "tf.Const"() {value = dense<1.0> : tensor<1x1x16x3xf32>} : () -> tensor<1x1x16x3xf32>
  %0 = "tf.Conv2D"(%s, %filter) {padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x48xf32>, tensor<1x1x16x3xf32>) -> tensor<1x4x4x3xf32>
  return %0 : tensor<1x4x4x3xf32>
}
