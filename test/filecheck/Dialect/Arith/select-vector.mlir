// RUN: lce-opt %s | FileCheck %s

// CHECK-LABEL: func.func @select_vector
func.func @select_vector(%c: vector<4xi1>, %a: vector<4xi32>, %b: vector<4xi32>, %s: i1, %t: tensor<?xf32>) {
  // CHECK: arith.select %arg0, %arg1, %arg2 : vector<4xi1>, vector<4xi32>
  %0 = arith.select %c, %a, %b : vector<4xi1>, vector<4xi32>
  // CHECK: arith.select %arg3, %arg4, %arg4 : tensor<?xf32>
  %1 = arith.select %s, %t, %t : tensor<?xf32>
  // CHECK: arith.cmpi slt, %arg1, %arg2 : vector<4xi32>
  %2 = arith.cmpi slt, %a, %b : vector<4xi32>
  // CHECK: arith.addf %arg4, %arg4 fastmath<fast> : tensor<?xf32>
  %3 = arith.addf %t, %t fastmath<fast> : tensor<?xf32>
  return
}
