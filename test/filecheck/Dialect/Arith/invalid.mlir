// RUN: lce-opt %s -split-input-file -verify-diagnostics

func.func @mismatch(%a: i32, %b: i64) {
  // expected-note @above {{prior use here}}
  // expected-error @+1 {{use of value '%b' expects different type than prior uses: 'i32' vs 'i64'}}
  %0 = arith.addi %a, %b : i32
  return
}

// -----

func.func @bad_cast(%a: i32) {
  // expected-error @+1 {{'arith.extsi' op operand type 'i32' and result type 'i16' are cast incompatible}}
  %0 = arith.extsi %a : i32 to i16
  return
}

// -----

func.func @bad_predicate(%a: i32) {
  // expected-error @+1 {{expected string or keyword containing one of the following enum values for attribute 'predicate'}}
  %0 = arith.cmpi foo, %a, %a : i32
  return
}

// -----

func.func @bad_constant() {
  // expected-error @below {{value must be an integer, float, or elements attribute}}
  %0 = arith.constant "x" : i32
  return
}
