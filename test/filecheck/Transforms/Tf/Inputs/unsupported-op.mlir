func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "tf.Relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %1 = "tf.Erf"(%0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %1 : tensor<1x4xf32>
}
