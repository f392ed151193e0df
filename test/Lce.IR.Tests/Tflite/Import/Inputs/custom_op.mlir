module attributes {tfl.description = "same graph as add.json, but the operator is an unknown CUSTOM op", tfl.schema_version = 3 : i32} {
  func.func @main(%arg0: tensor<1x4xf32>, %arg1: tensor<1x4xf32>) -> tensor<1x4xf32> attributes {tf.entry_function = {inputs = "a,b", outputs = "sum"}} {
    %0 = "tfl.custom"(%arg0, %arg1) {custom_code = "MyCustomAdd", custom_option = #tfl<const_bytes : "0x010203">} : (tensor<1x4xf32>, tensor<1x4xf32>) -> tensor<1x4xf32>
    return %0 : tensor<1x4xf32>
  }
}
