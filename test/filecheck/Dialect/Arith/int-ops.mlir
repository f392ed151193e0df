// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// CHECK-LABEL: func.func @int_ops
// CHECK-SAME: (%[[A:.*]]: i32, %[[B:.*]]: i32)
func.func @int_ops(%a: i32, %b: i32) {
  // CHECK-NEXT: arith.addi %[[A]], %[[B]] : i32
  %0 = arith.addi %a, %b : i32
  // CHECK-NEXT: arith.subi %[[A]], %[[B]] : i32
  %1 = arith.subi %a, %b : i32
  // CHECK-NEXT: arith.muli
  %2 = arith.muli %a, %b : i32
  // CHECK-NEXT: arith.divsi
  %3 = arith.divsi %a, %b : i32
  // CHECK-NEXT: arith.divui
  %4 = arith.divui %a, %b : i32
  // CHECK-NEXT: arith.ceildivsi
  %5 = arith.ceildivsi %a, %b : i32
  // CHECK-NEXT: arith.ceildivui
  %6 = arith.ceildivui %a, %b : i32
  // CHECK-NEXT: arith.floordivsi
  %7 = arith.floordivsi %a, %b : i32
  // CHECK-NEXT: arith.remsi
  %8 = arith.remsi %a, %b : i32
  // CHECK-NEXT: arith.remui
  %9 = arith.remui %a, %b : i32
  // CHECK-NEXT: arith.andi
  %10 = arith.andi %a, %b : i32
  // CHECK-NEXT: arith.ori
  %11 = arith.ori %a, %b : i32
  // CHECK-NEXT: arith.xori
  %12 = arith.xori %a, %b : i32
  // CHECK-NEXT: arith.shli
  %13 = arith.shli %a, %b : i32
  // CHECK-NEXT: arith.shrsi
  %14 = arith.shrsi %a, %b : i32
  // CHECK-NEXT: arith.shrui
  %15 = arith.shrui %a, %b : i32
  // CHECK-NEXT: arith.maxsi
  %16 = arith.maxsi %a, %b : i32
  // CHECK-NEXT: arith.maxui
  %17 = arith.maxui %a, %b : i32
  // CHECK-NEXT: arith.minsi
  %18 = arith.minsi %a, %b : i32
  // CHECK-NEXT: %19 = arith.minui %[[A]], %[[B]] : i32
  %19 = arith.minui %a, %b : i32
  // CHECK-NEXT: return
  return
}
