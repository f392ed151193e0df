// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-debuginfo | FileCheck %s

// Block argument locations are printed inline; their aliases still appear up front.
// CHECK: #[[ARG:loc[0-9]+]] = loc("args.mlir":1:14)
// CHECK: module {
// CHECK-NEXT: func.func @f(%arg0: i32 loc("args.mlir":1:14)) {
// CHECK-NEXT:   return loc(#[[RET:loc[0-9]+]])
// CHECK-NEXT: } loc(#{{loc[0-9]+}})
// CHECK-NEXT: } loc(#loc)
// CHECK: #[[RET]] = loc("args.mlir":2:3)
func.func @f(%a: i32 loc("args.mlir":1:14)) {
  return loc("args.mlir":2:3)
} loc("args.mlir":1:1)
