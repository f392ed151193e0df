// qat-net with fake-quantized weights as Keras QAT writes them: per output channel for the conv
// (tf.FakeQuantWithMinMaxVarsPerChannel, narrow range) and per tensor for the dense layer.
func.func @main(%input: tensor<1x4x4x2xf32>) -> tensor<1x2xf32> {
  %inmin = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %inmax = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %x = "tf.FakeQuantWithMinMaxVars"(%input, %inmin, %inmax) {num_bits = 8 : i64, narrow_range = false} : (tensor<1x4x4x2xf32>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x2xf32>
  %w = "tf.Const"() {value = dense<[[[[0.5, -0.25, 1.0], [-0.75, 0.5, 0.25]]]]> : tensor<1x1x2x3xf32>} : () -> tensor<1x1x2x3xf32>
  %b = "tf.Const"() {value = dense<[0.1, -0.2, 0.05]> : tensor<3xf32>} : () -> tensor<3xf32>
  %wmin = "tf.Const"() {value = dense<[-0.75, -0.5, -1.0]> : tensor<3xf32>} : () -> tensor<3xf32>
  %wmax = "tf.Const"() {value = dense<[0.75, 0.5, 1.0]> : tensor<3xf32>} : () -> tensor<3xf32>
  %wq = "tf.FakeQuantWithMinMaxVarsPerChannel"(%w, %wmin, %wmax) {num_bits = 8 : i64, narrow_range = true} : (tensor<1x1x2x3xf32>, tensor<3xf32>, tensor<3xf32>) -> tensor<1x1x2x3xf32>
  %c = "tf.Conv2D"(%x, %wq) {data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "VALID", strides = [1, 1, 1, 1]} : (tensor<1x4x4x2xf32>, tensor<1x1x2x3xf32>) -> tensor<1x4x4x3xf32>
  %cb = "tf.BiasAdd"(%c, %b) {data_format = "NHWC"} : (tensor<1x4x4x3xf32>, tensor<3xf32>) -> tensor<1x4x4x3xf32>
  %r = "tf.Relu6"(%cb) : (tensor<1x4x4x3xf32>) -> tensor<1x4x4x3xf32>
  %amin = "tf.Const"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>
  %amax = "tf.Const"() {value = dense<6.0> : tensor<f32>} : () -> tensor<f32>
  %a = "tf.FakeQuantWithMinMaxVars"(%r, %amin, %amax) {num_bits = 8 : i64, narrow_range = false} : (tensor<1x4x4x3xf32>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x3xf32>
  %p = "tf.MaxPool"(%a) {data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]} : (tensor<1x4x4x3xf32>) -> tensor<1x2x2x3xf32>
  %shape = "tf.Const"() {value = dense<[1, 12]> : tensor<2xi32>} : () -> tensor<2xi32>
  %flat = "tf.Reshape"(%p, %shape) : (tensor<1x2x2x3xf32>, tensor<2xi32>) -> tensor<1x12xf32>
  %dw = "tf.Const"() {value = dense<[[0.5, -0.5], [0.25, 0.75], [-1.0, 1.0], [0.125, 0.0], [0.3, -0.2], [0.1, 0.4], [-0.6, 0.2], [0.0, 0.9], [0.7, -0.3], [-0.4, 0.6], [0.2, 0.2], [-0.1, -0.8]]> : tensor<12x2xf32>} : () -> tensor<12x2xf32>
  %db = "tf.Const"() {value = dense<[0.05, -0.05]> : tensor<2xf32>} : () -> tensor<2xf32>
  %dmin = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %dmax = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %dwq = "tf.FakeQuantWithMinMaxVars"(%dw, %dmin, %dmax) {num_bits = 8 : i64, narrow_range = true} : (tensor<12x2xf32>, tensor<f32>, tensor<f32>) -> tensor<12x2xf32>
  %m = "tf.MatMul"(%flat, %dwq) {transpose_a = false, transpose_b = false} : (tensor<1x12xf32>, tensor<12x2xf32>) -> tensor<1x2xf32>
  %l = "tf.BiasAdd"(%m, %db) {data_format = "NHWC"} : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %lmin = "tf.Const"() {value = dense<-4.0> : tensor<f32>} : () -> tensor<f32>
  %lmax = "tf.Const"() {value = dense<4.0> : tensor<f32>} : () -> tensor<f32>
  %lq = "tf.FakeQuantWithMinMaxVars"(%l, %lmin, %lmax) {num_bits = 8 : i64, narrow_range = false} : (tensor<1x2xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2xf32>
  %s = "tf.Softmax"(%lq) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %s : tensor<1x2xf32>
}
