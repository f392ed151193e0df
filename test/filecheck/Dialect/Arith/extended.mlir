// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: func.func @extended
func.func @extended(%a: i32, %b: i32) {
  // CHECK-NEXT: %sum, %overflow = arith.addui_extended %arg0, %arg1 : i32, i1
  %s, %o = arith.addui_extended %a, %b : i32, i1
  // CHECK-NEXT: %low, %high = arith.mulsi_extended %arg0, %arg1 : i32
  %l, %h = arith.mulsi_extended %a, %b : i32
  // CHECK-NEXT: %[[LO:low_[0-9]+]], %[[HI:high_[0-9]+]] = arith.mului_extended %arg0, %arg1 : i32
  %l2, %h2 = arith.mului_extended %a, %b : i32
  // CHECK-NEXT: "foo.use"(%sum, %[[HI]], %[[LO]])
  "foo.use"(%s, %h2, %l2) : (i32, i32, i32) -> ()
  return
}
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC
// GENERIC: %{{[0-9]+}}:2 = "arith.addui_extended"(%arg0, %arg1) : (i32, i32) -> (i32, i1)
