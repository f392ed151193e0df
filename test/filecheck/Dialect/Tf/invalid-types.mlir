// RUN: lce-opt %s -split-input-file -verify-diagnostics

// expected-error@+1 {{unknown type in TF graph dialect: foo}}
func.func private @f(tensor<!tf_type.foo>)

// -----

// expected-error@+2 {{invalid kind of type specified}}
// expected-error@+1 {{invalid resource type}}
func.func private @f(tensor<!tf_type.resource<f32>>)

// -----

// expected-error@+2 {{invalid subtype: tensor<index>}}
// expected-error@+1 {{invalid resource type}}
func.func private @f(tensor<!tf_type.resource<tensor<index>>>)

// -----

// expected-error@+2 {{expected '>'}}
// expected-error@+1 {{invalid variant type}}
func.func private @f(tensor<!tf_type.variant<tensor<f32> tensor<f32>>>)

// -----

// expected-error@+1 {{tf dialect has no types, potentially meant !tf_type.string}}
func.func private @f(tensor<!tf.string>)
