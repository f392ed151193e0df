module attributes {tfl.description = "hand-written ADD test model", tfl.schema_version = 3 : i32} {
  func.func @main(%arg0: tensor<1x4xf32>, %arg1: tensor<1x4xf32>) -> tensor<1x4xf32> attributes {tf.entry_function = {inputs = "a,b", outputs = "sum"}} {
    %0 = tfl.add %arg0, %arg1 {fused_activation_function = "NONE"} : tensor<1x4xf32>
    return %0 : tensor<1x4xf32>
  }
}
