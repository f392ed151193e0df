func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "tf.Relu"(%x) : (tensor<1x4xf32>) -> tensor<1x5xf32>
  return %0 : tensor<1x5xf32>
}
