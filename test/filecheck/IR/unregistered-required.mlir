// RUN: not lce-opt %s 2>&1 | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=ALLOW

// CHECK: error: operation being parsed with an unregistered dialect. If this is intended, please use -allow-unregistered-dialect with the MLIR tool used
// ALLOW: "foo.op"() : () -> ()
"foo.op"() : () -> ()
