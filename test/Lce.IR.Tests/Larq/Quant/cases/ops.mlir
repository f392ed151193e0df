!q = !quant.uniform<i8:f32, 2.0:10>
func.func @a(%arg0: f32, %t: tensor<2x?xf32>, %u: tensor<*xf32>) -> (f32, tensor<2x?xf32>, tensor<*xf32>) {
  %0 = quant.qcast %arg0 : f32 to !q
  %1 = quant.dcast %0 : !q to f32
  %2 = quant.qcast %t {foo = 1 : i32} : tensor<2x?xf32> to tensor<2x?x!quant.uniform<i8:f32:0, {1.0, 2.0}>>
  %3 = quant.dcast %2 : tensor<2x?x!quant.uniform<i8:f32:0, {1.0, 2.0}>> to tensor<2x?xf32>
  %4 = quant.qcast %u : tensor<*xf32> to tensor<*x!q>
  %5 = quant.scast %4 : tensor<*x!q> to tensor<*xi8>
  %6 = quant.scast %5 : tensor<*xi8> to tensor<*x!q>
  %7 = quant.dcast %6 : tensor<*x!q> to tensor<*xf32>
  return %1, %3, %7 : f32, tensor<2x?xf32>, tensor<*xf32>
}
