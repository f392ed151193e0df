// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @f() -> i32 {
  %c = arith.constant 1 : i64
  // expected-error @unknown {{type of return operand 0 ('i64') doesn't match function result type ('i32')}}
  return %c : i64 loc(unknown)
}

// -----

func.func @g() -> i32 {
  %c = arith.constant 1 : i64
  return %c : i64
  // expected-error @-1 {{doesn't match function result type}}
}
