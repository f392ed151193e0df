// Quantized types in function signatures, tensors and type aliases.
!per_tensor = !quant.uniform<i8:f32, 0.0234375>
!per_axis = !quant.uniform<i8:f32:3, {2.0:1, 3.0, 0.5:-7}>
func.func private @storage(!quant.uniform<si8:f32, 1.0>, !quant.uniform<ui8:f32, 1.0>, !quant.uniform<u8:f32, 0.023528476789885875:128>,
  !quant.uniform<i8<-127:127>:f32, 0.5:-1>, !quant.uniform<i8<-128:127>:f32, 0.1:0>, !quant.uniform<u8<0:255>:bf16, 0.125:3>,
  !quant.uniform<i16:f16, 0x3FF0000000000000:-0x10>, !quant.uniform<i32:f64, 1.0e-300>, !quant.uniform<u32<0:4294967295>:f32, 0.1>,
  !quant.uniform<i1:f32, 0.1>, !quant.uniform<u08:f32, 1.0>, !quant.uniform<i8:f32, 1.0:true>, !quant.uniform<i8:f32, 1.0:false>,
  !quant.uniform<i8:f32, 0x7FF8000000000000>, !quant.uniform<i8:f8E4M3FN, 1.0>, !quant.uniform<i8:f64, 4.9406564584124654e-324>)
func.func private @tensors(tensor<1x20x!per_tensor>, tensor<*x!per_tensor>, tensor<1x2x3x3x!per_axis>, tensor<?x!quant.any<i8:f32>>)
func.func private @any(!quant.any<i8:f32>, !quant.any<i8<-8:7>>, !quant.any<u4>, !quant.any<i8<-3:3>:f16>)
func.func private @calibrated(!quant.calibrated<f32<-0.5:1.0>>, !quant.calibrated<f16<-0.1:0.2>>, !quant.calibrated<f64<-1.0e300:3.5>>)
func.func private @per_axis(!quant.uniform<i8:f32:0, {{0.1}}>, !quant.uniform<i8:f32:0, {0.1:2,0.3:-4}>, !quant.uniform<u8<1:255>:f32:2, {0.1}>)
func.func private @sub_channel(!quant.uniform<i8:f32:{0:1}, {200.0:200, 2.0:-129}>, !quant.uniform<u8:f32:{0:1}, {2.0:200, 2.0:255}>,
  !quant.uniform<i8:f16:{0:1}, {0.1, 0.2}>, !quant.uniform<i8:f32:{0:1, 0:2}, {0.1, 0.2}>,
  !quant.uniform<i8:f32:{0:1}, {{{0.1}, {0.2}}, {{0.3}, {0.4}}}>, !quant.uniform<i8:f32:{0:1,2:3,1:4}, {{{0.1}}}>,
  !quant.uniform<i16:f32:{0:1}, {0.1:1000}>, !quant.uniform<i8:f32:{}, {1.0}>, !quant.uniform<i8:bf16:{1:2}, {{1.0, 2.5:3}}>)
func.func private @spellings(!quant<uniform<i8:f32, 1.0>>, !quant.uniform< i8 : f32 , 1.0 : 3 >)
