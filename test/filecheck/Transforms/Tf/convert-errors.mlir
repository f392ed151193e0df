// RUN: not lce-convert %S/Inputs/unsupported-op.mlir 2>&1 | FileCheck %s --check-prefix=NOCONV
// RUN: not lce-convert %S/Inputs/invalid.mlir 2>&1 | FileCheck %s --check-prefix=INVALID
// RUN: not lce-convert %s --target riscv 2>&1 | FileCheck %s --check-prefix=USAGE
// RUN: not lce-convert %s --inference-input-type int8 2>&1 | FileCheck %s --check-prefix=INT8IN
// RUN: not lce-convert %s --inference-output-type int8 2>&1 | FileCheck %s --check-prefix=INT8OUT
// RUN: not lce-convert %s --experimental-default-int8-range 1,3 2>&1 | FileCheck %s --check-prefix=RANGE
// RUN: not lce-convert %s --experimental-default-int8-range 3,-3 2>&1 | FileCheck %s --check-prefix=BADRANGE
// RUN: not lce-convert %S/Inputs/missing.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: not lce-convert %S/Inputs/bad-grouped-conv.mlir 2>&1 | FileCheck %s --check-prefix=PASSERROR
// RUN: not lce-convert %s -o %t.missing-dir/out.mlir 2>&1 | FileCheck %s --check-prefix=NOWRITE

// An op without a TFLite legalization is named, at its location, with the source line; the
// stages before still report progress.
// NOCONV: lce-convert: [7/7] legalize LCE ops:
// NOCONV-NEXT: {{.*}}unsupported-op.mlir:3:8: error: 'tf.Erf' op has no TFLite equivalent in this converter (it is not legalized by tfl-legalize-tf)
// NOCONV-NEXT: {{^}}  %1 = "tf.Erf"(%0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
// NOCONV-NEXT: {{^}}       ^
// NOCONV-NEXT: lce-convert: error: the model has ops TFLite cannot hold (see above)

// INVALID: invalid.mlir:2:8: error: 'tf.Relu' op
// INVALID: lce-convert: error: '{{.*}}invalid.mlir' is not a valid model

// USAGE: lce-convert: error: --target must be arm or xcore, not 'riscv'
// USAGE-NEXT: usage: lce-convert MODEL.mlir


// INT8IN: lce-convert: error: @main: --inference-input-type int8 needs a quantized model, but no input is quantized to int8 (tfl.quantize)
// INT8OUT: lce-convert: error: @main: --inference-output-type int8 needs a quantized model, but no output is dequantized from int8 (tfl.dequantize)

// A default range must contain 0 to have an int8 type; the int8 stage reports it.
// RANGE: lce-convert: [7/8] int8 quantization:
// RANGE-NEXT: {{.*}}convert-errors.mlir:{{[0-9]+}}:1: error: the default range [1, 3] has no 8-bit quantized type
// RANGE: lce-convert: error: conversion failed in stage 'int8 quantization'
// BADRANGE: lce-convert: error: --experimental-default-int8-range needs MIN < MAX, got 3,-3

// MISSING: lce-convert: error: cannot read '{{.*}}missing.mlir'
// NOWRITE: lce-convert: error: cannot write '{{.*}}missing-dir/out.mlir'

// An error a pass reports (here LCE's filter-shape check) stops the conversion at that stage,
// even though the pass itself does not fail, as in LCE's converter.
// PASSERROR: lce-convert: [2/7] prepare (LCE, TF):
// PASSERROR-NEXT: {{.*}}bad-grouped-conv.mlir:7:13: error: Invalid binary grouped convolution: the number of input channels per-group must be a multiple of 32, but is 16
// PASSERROR: {{^}}  %filter = "tf.Const"
// PASSERROR-NEXT: {{^}}            ^
// PASSERROR-NEXT: lce-convert: error: conversion failed in stage 'prepare (LCE, TF)'

func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "tf.Relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}
