// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: "foo.region"() ({
// CHECK-NEXT: ^bb0(%arg0: i1):
// CHECK-NEXT:   "foo.cond_br"(%arg0)[^bb1, ^bb2] : (i1) -> ()
// CHECK-NEXT: ^bb1:  // pred: ^bb0
// CHECK-NEXT:   "foo.br"()[^bb3] : () -> ()
// CHECK-NEXT: ^bb2:  // pred: ^bb0
// CHECK-NEXT:   %[[V:.*]] = "foo.v"() : () -> i32
// CHECK-NEXT:   "foo.br"(%[[V]])[^bb3] : (i32) -> ()
// CHECK-NEXT: ^bb3(%[[J:.*]]: i32):  // 2 preds: ^bb1, ^bb2
// CHECK-NEXT:   "foo.ret"(%[[J]]) : (i32) -> ()
// CHECK-NEXT: ^bb4:  // no predecessors
"foo.region"() ({
^entry(%c: i1):
  "foo.cond_br"(%c)[^left, ^right] : (i1) -> ()
^left:
  "foo.br"()[^join] : () -> ()
^right:
  %v = "foo.v"() : () -> i32
  "foo.br"(%v)[^join] : (i32) -> ()
^join(%j: i32):
  "foo.ret"(%j) : (i32) -> ()
^dead:
  "foo.ret"() : () -> ()
}) : () -> ()
