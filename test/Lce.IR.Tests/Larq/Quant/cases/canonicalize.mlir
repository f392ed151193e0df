// ARGS: -canonicalize
func.func @pairs(%f: tensor<4xf32>, %i: tensor<4xi8>, %q: !quant.uniform<i8:f32, 0.5>) -> (tensor<4xf32>, tensor<4xi8>, !quant.uniform<i8:f32, 0.25>, !quant.uniform<i8:f32, 0.5>) {
  %0 = quant.qcast %f : tensor<4xf32> to tensor<4x!quant.uniform<i8:f32, 0.5>>
  %1 = quant.dcast %0 : tensor<4x!quant.uniform<i8:f32, 0.5>> to tensor<4xf32>
  %2 = quant.scast %i : tensor<4xi8> to tensor<4x!quant.uniform<i8:f32, 0.5>>
  %3 = quant.scast %2 : tensor<4x!quant.uniform<i8:f32, 0.5>> to tensor<4xi8>
  %4 = quant.dcast %q : !quant.uniform<i8:f32, 0.5> to f32
  %5 = quant.qcast %4 : f32 to !quant.uniform<i8:f32, 0.25>
  %6 = quant.qcast %4 : f32 to !quant.uniform<i8:f32, 0.5>
  %7 = quant.scast %q : !quant.uniform<i8:f32, 0.5> to i8
  %8 = quant.scast %7 : i8 to !quant.uniform<i8:f32, 0.25>
  return %1, %3, %5, %6 : tensor<4xf32>, tensor<4xi8>, !quant.uniform<i8:f32, 0.25>, !quant.uniform<i8:f32, 0.5>
}
