func.func private @f(!quant.uniform<int8:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i33:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<u0:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<ux:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32, -1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32, 0.0>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0e300>)
// -----
func.func private @f(!quant.uniform<i8:f16, 1.0e-30>)
// -----
func.func private @f(!quant.uniform<i8<-129:127>:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8<-127:128>:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8<10:5>:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:i32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0:>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0:2 3>)
// -----
func.func private @f(!quant.uniform<i8:f32, foo>)
// -----
func.func private @f(!quant.unknown<i8:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32:0, {1.0, {2.0}}>)
// -----
func.func private @f(!quant.uniform<i8:f32:0, {}>)
// -----
func.func private @f(!quant.uniform<i8:f32:-1, {1.0}>)
// -----
func.func private @f(!quant.calibrated<f32<1.0:0.5>>)
// -----
func.func private @f(!quant.calibrated<f32>)
// -----
func.func private @f(!quant.calibrated<i32<0.0:1.0>>)
// -----
func.func private @f(!quant.any<i8:i32>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1>)
// -----
func.func private @f(!quant.uniform<i8:f32, 0x3FF0000000000000>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0:300>)
// -----
func.func private @f(!quant.uniform)
// -----
func.func private @f(!quant.uniform<si8:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:2}, {{1.0, 2.0}, {3.0}}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{}, {1.0}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:0}, {1.0}>)
// -----
func.func private @f(tensor<4x!quant.uniform<i8:f32:{0:2}, {1.0, 2.0, 3.0}>>)
// -----
func.func private @f(tensor<4x!quant.uniform<i8:f32:{0:2}, {1.0, 2.0}>>)
// -----
func.func private @f(tensor<4x!quant.uniform<i8:f32:1, {1.0, 2.0}>>)
// -----
func.func private @f(tensor<4x!quant.uniform<i8:f32:0, {1.0, 2.0}>>)
// -----
func.func private @f(tensor<4x!quant.uniform<i8:f32:0, {1.0, 2.0, 3.0, 4.0}>>)
// -----
func.func private @f(!quant.uniform<i8:f32, inf>)
// -----
func.func private @f(!quant.uniform<i8:f32, -0x3FF0000000000000>)
// -----
func.func private @f(!quant.uniform<i8:f32, 0x13FF0000000000000>)
// -----
func.func private @f(!quant.uniform<i8:f32, 0x3F80>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0e400>)
// -----
func.func private @f(!quant.uniform<  i8 :  f32 ,   1.0 : 3 >)
// -----
func.func private @f(!quant.uniform<i8:f64, 1.0e300>)
// -----
func.func private @f(!quant.uniform<i8:f64, 4.9406564584124654e-324>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0e-45>)
// -----
func.func private @f(!quant.uniform<i8:bf16, 1.0e-45>)
// -----
func.func private @f(!quant.uniform<i8:f8E4M3FN, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32, 0.1:-128>)
// -----
func.func private @f(!quant.uniform<i8:f32, 0.1:0>)
// -----
func.func private @f(!quant.uniform<i8<-128:127>:f32, 0.1>)
// -----
func.func private @f(!quant.uniform<u8<0:255>:f32, 0.1>)
// -----
func.func private @f(!quant.uniform<i1:f32, 0.1>)
// -----
func.func private @f(!quant.uniform<i32:f32, 0.1>)
// -----
func.func private @f(!quant.uniform<u32:f32, 0.1>)
// -----
func.func private @f(!quant.uniform<u32<0:4294967295>:f32, 0.1>)
// -----
func.func private @f(!quant.any<i8>)
// -----
func.func private @f(!quant.any<i8<-8:7>:f32>)
// -----
func.func private @f(!quant.calibrated<f16<-0.1:0.2>>)
// -----
func.func private @f(!quant.uniform<i8:f32:2147483648, {1.0}>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0:9223372036854775808>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0:-9223372036854775808>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0:0x10>)
// -----
func.func private @f(!quant.uniform<i8<-0x10:0x7>:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32, 1.0>, !quant.uniform<i8:f32, 1.0:0>)
// -----
func.func private @f(!quant.uniform<!quant.any<i8>:f32, 1.0>)
// -----
func.func private @f(!quant.uniform<i8:f32:0, {1.0:1,2.0:-3,3.0e-3}>)
// -----
func.func private @f(!quant.calibrated<f32<-1:1>>)
// -----
func.func private @f(!quant.any<i8:f32>)
// -----
!q = !quant.uniform<i8:f32, 1.0>
func.func private @f(memref<2x!q>)
