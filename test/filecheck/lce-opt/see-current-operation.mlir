// RUN: not lce-opt %s 2>&1 | FileCheck %s
// An error on an op with regions: the "see current operation" note starts the generic
// dump on its own line, as mlir-opt does for multi-line ops.

// CHECK: error: 'scf.if' op must have an else block if defining values
// CHECK: note: see current operation: {{$}}
// CHECK-NEXT: %0 = "scf.if"(%arg0) ({
// CHECK-NEXT: %1 = "arith.constant"() <{value = 1 : i32}> : () -> i32
// CHECK: }, {
// CHECK-NEXT: }) : (i1) -> i32
func.func @f(%c: i1) -> i32 {
  %0 = scf.if %c -> (i32) {
    %1 = arith.constant 1 : i32
    scf.yield %1 : i32
  }
  return %0 : i32
}
