func.func private @f(!quant.uniform<i8:f32:{0:1}, {200.0:200, 2.0:-129}>)
// -----
func.func private @f(!quant.uniform<u8:f32:{0:1}, {2.0:200, 2.0:255}>)
// -----
func.func private @f(!quant.uniform<i8:f16:{0:1}, {0.1, 0.2}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, {0.1, 0.2}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{-1:1}, {0.1, 0.2}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1, 0:2}, {0.1, 0.2}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:-2}, {0.1, 0.2}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{1:1}, {0.1, 0.2}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, {{{0.1}, {0.2}}, {{0.3}, {0.4}}}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, {{{0.1}, {0.2}}, {{0.3}, {0.4}}}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, {1.0e40}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1,2:3,1:4}, {{{0.1}}}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, 0.1>)
// -----
func.func private @f(!quant.uniform<i8:f32:0, 0.1>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, {0.1:1000}>)
// -----
func.func private @f(!quant.uniform<i16:f32:{0:1}, {0.1:1000}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1 1:2}, {0.1}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0}, {0.1}>)
// -----
func.func private @f(!quant.uniform<i8:f32:0, {{0.1}}>)
// -----
func.func private @f(!quant.uniform<i8:f32:0, {0.1:2,0.3:-4}>, !quant.uniform<i8:f32:2, {0.1}>)
// -----
func.func private @f(!quant.uniform<i8:f32:{0:1}, {0.1, 0.2:0}>)
