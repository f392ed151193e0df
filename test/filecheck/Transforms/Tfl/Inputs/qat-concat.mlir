// Two fake-quantized inputs with different ranges concatenated into a third range: TF makes the
// concatenation share its result's parameters, so both inputs are requantized (int8 to int8).
func.func @main(%x: tensor<1x2x2x2xf32>, %y: tensor<1x2x2x2xf32>) -> tensor<1x2x2x4xf32> {
  %amin = "tf.Const"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>
  %amax = "tf.Const"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>
  %a = "tf.FakeQuantWithMinMaxVars"(%x, %amin, %amax) {num_bits = 8 : i64, narrow_range = false} : (tensor<1x2x2x2xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x2x2xf32>
  %bmin = "tf.Const"() {value = dense<-4.0> : tensor<f32>} : () -> tensor<f32>
  %bmax = "tf.Const"() {value = dense<2.0> : tensor<f32>} : () -> tensor<f32>
  %b = "tf.FakeQuantWithMinMaxVars"(%y, %bmin, %bmax) {num_bits = 8 : i64, narrow_range = false} : (tensor<1x2x2x2xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x2x2xf32>
  %axis = "tf.Const"() {value = dense<3> : tensor<i32>} : () -> tensor<i32>
  %c = "tf.ConcatV2"(%a, %b, %axis) : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<i32>) -> tensor<1x2x2x4xf32>
  %cmin = "tf.Const"() {value = dense<-3.0> : tensor<f32>} : () -> tensor<f32>
  %cmax = "tf.Const"() {value = dense<3.0> : tensor<f32>} : () -> tensor<f32>
  %r = "tf.FakeQuantWithMinMaxVars"(%c, %cmin, %cmax) {num_bits = 8 : i64, narrow_range = false} : (tensor<1x2x2x4xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x2x4xf32>
  return %r : tensor<1x2x2x4xf32>
}
