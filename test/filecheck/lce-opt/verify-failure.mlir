// A -verify-diagnostics run must fail when an expected diagnostic is missing.
// RUN: not lce-opt %s -verify-diagnostics 2>&1 | FileCheck %s

// CHECK: error: expected error "this is never produced" was not produced
func.func @ok() {
  // expected-error @+1 {{this is never produced}}
  return
}
