// RUN: lce-opt %s | FileCheck %s

func.func private @callee(i32) -> i32
func.func private @multi(i32) -> (i32, f32)

// CHECK-LABEL: func.func @caller
func.func @caller(%a: i32) -> i32 {
  // CHECK: %[[R0:.*]] = call @callee(%arg0) : (i32) -> i32
  %0 = func.call @callee(%a) : (i32) -> i32
  // CHECK: %[[M:.*]]:2 = call @multi(%[[R0]]) : (i32) -> (i32, f32)
  %1:2 = call @multi(%0) : (i32) -> (i32, f32)
  // CHECK: %f = constant @callee : (i32) -> i32
  %fn = func.constant @callee : (i32) -> i32
  // CHECK: %[[R2:.*]] = call_indirect %f(%[[M]]#0) : (i32) -> i32
  %2 = func.call_indirect %fn(%1#0) : (i32) -> i32
  // CHECK-NOT: func.call
  // CHECK: return %[[R2]] : i32
  return %2 : i32
}
