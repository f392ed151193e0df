module attributes {tfl.description = "an operator the tfl dialect does not model (GATHER), with options", tfl.schema_version = 3 : i32} {
  func.func @main(%arg0: tensor<3x4xf32>) -> tensor<3x2xf32> attributes {tf.entry_function = {inputs = "params", outputs = "gathered"}} {
    %0 = "tfl.pseudo_const"() {value = dense<[2, 0]> : tensor<2xi32>} : () -> tensor<2xi32>
    %1 = "tfl.gather"(%arg0, %0) {tfl.builtin_options = #tfl<const_bytes : "0x0C00000000000600080004000600000001000000">, tfl.builtin_options_type = 23 : i32} : (tensor<3x4xf32>, tensor<2xi32>) -> tensor<3x2xf32>
    return %1 : tensor<3x2xf32>
  }
}
