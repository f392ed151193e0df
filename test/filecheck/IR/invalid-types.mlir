// RUN: lce-opt %s --allow-unregistered-dialect -split-input-file -verify-diagnostics

// expected-error @+1 {{invalid element type for complex}}
"foo.a"() : () -> complex<index>

// -----

// expected-error @+1 {{vector types must have positive constant sizes but got 0}}
"foo.a"() : () -> vector<0xf32>

// -----

// expected-error @+1 {{integer bitwidth is limited to 16777215 bits}}
"foo.a"() : () -> i20000000

// -----

// expected-error @+1 {{invalid tensor element type}}
"foo.a"() : () -> tensor<2xtensor<3xi8>>

// -----

// expected-error @+1 {{undefined symbol alias id 'later'}}
!early = tensor<4x!later>
!later = f32
