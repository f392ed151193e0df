// RUN: lce-opt %s -split-input-file -verify-diagnostics

// expected-error@+1 {{illegal storage type prefix}}
func.func private @f(!quant.uniform<int8:f32, 1.0>)

// -----

// expected-error@+1 {{illegal storage type size: 33}}
func.func private @f(!quant.uniform<i33:f32, 1.0>)

// -----

// expected-error@+1 {{illegal storage type size: 0}}
func.func private @f(!quant.any<u0>)

// -----

// expected-error@+1 {{expected storage type width}}
func.func private @f(!quant.uniform<ux:f32, 1.0>)

// -----

// expected-error@+1 {{scale -1.000000e+00 out of expressed type range [1.401298e-45, 3.402823e+38]}}
func.func private @f(!quant.uniform<i8:f32, -1.0>)

// -----

// expected-error@+1 {{scale 1.000000e-30 out of expressed type range [5.960464e-08, 6.550400e+04]}}
func.func private @f(!quant.uniform<i8:f16, 1.0e-30>)

// -----

// expected-error@+1 {{scale INF out of expressed type range}}
func.func private @f(!quant.uniform<i8:f32, 1.0e400>)

// -----

// expected-error@+1 {{illegal storage type minimum: -129}}
func.func private @f(!quant.uniform<i8<-129:127>:f32, 1.0>)

// -----

// expected-error@+1 {{illegal storage type maximum: 256}}
func.func private @f(!quant.uniform<u8<0:256>:f32, 1.0>)

// -----

// expected-error@+1 {{illegal storage min and storage max: (10:5)}}
func.func private @f(!quant.uniform<i8<10:5>:f32, 1.0>)

// -----

// expected-error@+1 {{invalid kind of type specified}}
func.func private @f(!quant.uniform<i8:i32, 1.0>)

// -----

// expected-error@+1 {{expected ','}}
func.func private @f(!quant.uniform<i8:f32 1.0>)

// -----

// expected-error@+1 {{expected integer value}}
func.func private @f(!quant.uniform<i8:f32, 1.0:>)

// -----

// expected-error@+1 {{expected '>'}}
func.func private @f(!quant.uniform<i8:f32, 1.0:2 3>)

// -----

// expected-error@+1 {{expected floating point literal}}
func.func private @f(!quant.uniform<i8:f32, inf>)

// -----

// expected-error@+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note@+1 {{add a trailing dot to make the literal a float}}
func.func private @f(!quant.uniform<i8:f32, 1>)

// -----

// expected-error@+1 {{hexadecimal float literal should not have a leading minus}}
func.func private @f(!quant.uniform<i8:f32, -0x3FF0000000000000>)

// -----

// expected-error@+1 {{hexadecimal float constant out of range for type}}
func.func private @f(!quant.uniform<i8:f32, 0x13FF0000000000000>)

// -----

// expected-error@+1 {{integer value too large}}
func.func private @f(!quant.uniform<i8:f32, 1.0:9223372036854775808>)

// -----

// expected-error@+1 {{integer value too large}}
func.func private @f(!quant.uniform<i8:f32:2147483648, {1.0}>)

// -----

// expected-error@+1 {{unknown quantized type unknown}}
func.func private @f(!quant.unknown<i8:f32, 1.0>)

// -----

// expected-error@+1 {{tensor literal is invalid; ranks are not consistent between elements}}
func.func private @f(!quant.uniform<i8:f32:0, {1.0, {2.0}}>)

// -----

// expected-error@+1 {{illegal quantized dimension: -1}}
func.func private @f(!quant.uniform<i8:f32:-1, {1.0}>)

// -----

// expected-error@+1 {{illegal block size: 0}}
func.func private @f(!quant.uniform<i8:f32:{0:0}, {1.0}>)

// -----

// expected-error@+1 {{expected '{'}}
func.func private @f(!quant.uniform<i8:f32:{0:1}, 0.1>)

// -----

// expected-error@+1 {{illegal min and max: (1.000000e+00:5.000000e-01)}}
func.func private @f(!quant.calibrated<f32<1.0:0.5>>)

// -----

// A malformed range gives the specific error, then a summary at the expressed type.
// expected-error@+2 {{expected '<'}}
// expected-error@+1 {{calibrated values must be present}}
func.func private @f(!quant.calibrated<f32>)

// -----

// expected-error@+2 {{invalid kind of type specified}}
// expected-error@+1 {{expecting float expressed type}}
func.func private @f(!quant.calibrated<i32<0.0:1.0>>)

// -----

// expected-error@+1 {{storage type must be integral}}
func.func private @f(!quant.uniform<!quant.any<i8>:f32, 1.0>)

// -----

// expected-error@+1 {{failed to verify 'elementType': VectorElementTypeInterface instance}}
func.func private @f(vector<2x!quant.uniform<i8:f32, 1.0>>)
