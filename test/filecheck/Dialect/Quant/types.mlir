// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// Per-tensor uniform types: the scale in MLIR's float form, the zero point only when non-zero,
// the storage range only when it is not the full range of the storage type.
// CHECK-LABEL: func.func private @per_tensor
// CHECK-SAME: !quant.uniform<i8:f32, 2.343750e-02>
// CHECK-SAME: !quant.uniform<u8:f32, 0.023528476789885875:128>
// CHECK-SAME: !quant.uniform<i8<-127:127>:f32, 5.000000e-01:-1>
// CHECK-SAME: !quant.uniform<i8:f32, 1.000000e-01>
// CHECK-SAME: !quant.uniform<u8:bf16, 1.250000e-01:3>
// CHECK-SAME: !quant.uniform<i16:f16, 1.000000e+00:-16>
// CHECK-SAME: !quant.uniform<i32:f64, 1.000000e-300>
func.func private @per_tensor(!quant.uniform<i8:f32, 0.0234375>, !quant.uniform<u8:f32, 0.023528476789885875:128>,
  !quant.uniform<i8<-127:127>:f32, 0.5:-1>, !quant.uniform<i8<-128:127>:f32, 0.1:0>,
  !quant.uniform<u8<0:255>:bf16, 0.125:3>, !quant.uniform<i16:f16, 0x3FF0000000000000:-0x10>,
  !quant.uniform<i32:f64, 1.0e-300>)

// `si8` prints as `i8` and `ui8` as `u8`; `u4` is an unsigned 4-bit storage.
// CHECK-LABEL: func.func private @storage_spellings
// CHECK-SAME: (!quant.uniform<i8:f32, 1.000000e+00>, !quant.uniform<u8:f32, 1.000000e+00>, !quant.any<u4>, !quant.any<i1:f32>)
func.func private @storage_spellings(!quant.uniform<si8:f32, 1.0>, !quant.uniform<ui8:f32, 1.0>, !quant.any<u4>, !quant.any<i1:f32>)

// Per-axis: the list is joined without spaces.
// CHECK-LABEL: func.func private @per_axis
// CHECK-SAME: tensor<1x2x3x2x!quant.uniform<i8:f32:3, {2.000000e+00:1,3.000000e+00}>>
// CHECK-SAME: !quant.uniform<u8<1:255>:f32:0, {1.000000e-01:2,3.000000e-01:-4,5.000000e-01}>
func.func private @per_axis(tensor<1x2x3x2x!quant.uniform<i8:f32:3, {2.0:1, 3.0}>>, !quant.uniform<u8<1:255>:f32:0, {0.1:2, 0.3:-4, 0.5}>)

// Sub-channel: scales in the expressed type's precision, zero points at the storage width.
// CHECK-LABEL: func.func private @sub_channel
// CHECK-SAME{LITERAL}: tensor<2x4x!quant.uniform<i8:f32:{0:1, 1:2}, {{2.000000e+00:1, 3.000000e+00}, {4.000000e+00, 5.000000e+00:-56}}>>
// CHECK-SAME: !quant.uniform<i8:f16:{0:1}, {9.997550e-02, 1.999510e-01}>
// CHECK-SAME: !quant.uniform<i8:f32:{}, {1.000000e+00}>
func.func private @sub_channel(tensor<2x4x!quant.uniform<i8:f32:{0:1,1:2}, {{2.0:1, 3.0}, {4.0, 5.0:200}}>>,
  !quant.uniform<i8:f16:{0:1}, {0.1, 0.2}>, !quant.uniform<i8:f32:{}, {1.0}>)

// CHECK-LABEL: func.func private @any_and_calibrated
// CHECK-SAME: (!quant.any<i8:f32>, !quant.any<i8<-8:7>>, !quant.calibrated<f32<-5.000000e-01:1.000000e+00>>, !quant.calibrated<f16<-1.000000e-01:2.000000e-01>>)
func.func private @any_and_calibrated(!quant.any<i8:f32>, !quant.any<i8<-8:7>>, !quant.calibrated<f32<-0.5:1.0>>, !quant.calibrated<f16<-0.1:0.2>>)

// The verbose `!quant<...>` spelling and type aliases read the same types; quant types get no alias.
!qalias = !quant.uniform<i8:f32, 2.0:10>
// CHECK-LABEL: func.func private @spellings
// CHECK-SAME: (!quant.uniform<i8:f32, 1.000000e+00>, !quant.uniform<i8:f32, 2.000000e+00:10>)
func.func private @spellings(!quant<uniform<i8:f32, 1.0>>, !qalias)
