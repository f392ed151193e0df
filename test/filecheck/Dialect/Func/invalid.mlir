// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @b(%x: i32) -> i64 {
  // expected-error @+1 {{type of return operand 0 ('i32') doesn't match function result type ('i64')}}
  return %x : i32
}

// -----

func.func @call_missing() {
  // expected-error @+1 {{'func.call' op 'missing' does not reference a valid function}}
  call @missing() : () -> ()
  return
}

// -----

func.func private @g(i32)
func.func @wrong_arity() {
  // expected-error @+1 {{incorrect number of operands for callee}}
  call @g() : () -> ()
  return
}

// -----

// expected-error @+3 {{redefinition of symbol named 'f'}}
// expected-note @+1 {{see existing symbol definition here}}
func.func @f() { return }
func.func @f() { return }
