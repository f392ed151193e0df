// RUN: lce-opt %s --allow-unregistered-dialect -split-input-file -verify-diagnostics

// expected-error @+1 {{use of undeclared SSA value name}}
"foo.a"(%nope) : (i32) -> ()

// -----

// expected-note @+1 {{previously defined here}}
%0 = "foo.a"() : () -> i32
// expected-error @+1 {{redefinition of SSA value '%0'}}
%0 = "foo.a"() : () -> i32

// -----

func.func @c(%x: i32) {
  // expected-note @above {{prior use here}}
  // expected-error @below {{use of value '%x' expects different type than prior uses: 'i64' vs 'i32'}}
  "foo.bar"(%x) : (i64) -> ()
  return
}

// -----

// expected-error @+1 {{expected non-function type}}
"foo.a"() : () -> i32x

// -----

// expected-error @+1 {{inferred shape of elements literal ([3]) does not match type ([2])}}
"foo.a"() {a = dense<[1, 2, 3]> : tensor<2xi32>} : () -> ()
