// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @flags
func.func @flags(%a: i32, %b: i32, %x: f32, %y: f32, %d: f64) {
  // CHECK: arith.addi %arg0, %arg1 overflow<nsw> : i32
  // GENERIC: <{overflowFlags = #arith.overflow<nsw>}>
  %0 = arith.addi %a, %b overflow<nsw> : i32
  // CHECK: arith.muli %arg0, %arg1 overflow<nsw, nuw> : i32
  %1 = arith.muli %a, %b overflow<nuw, nsw> : i32
  // CHECK: arith.subi %arg0, %arg1 : i32
  // GENERIC: "arith.subi"(%{{.*}}, %{{.*}}) <{overflowFlags = #arith.overflow<none>}>
  %2 = arith.subi %a, %b overflow<none> : i32
  // CHECK: arith.addf %arg2, %arg3 fastmath<fast> : f32
  %3 = arith.addf %x, %y fastmath<nnan,ninf,nsz,arcp,contract,afn,reassoc> : f32
  // CHECK: arith.mulf %arg2, %arg3 fastmath<nnan,ninf> : f32
  %4 = arith.mulf %x, %y fastmath<nnan,ninf> : f32
  // CHECK-NOT: fastmath<none>
  // CHECK: arith.divf %arg2, %arg3 : f32
  // GENERIC: "arith.divf"(%{{.*}}, %{{.*}}) <{fastmath = #arith.fastmath<none>}>
  %5 = arith.divf %x, %y fastmath<none> : f32
  // CHECK: arith.truncf %arg4 toward_zero : f64 to f32
  // GENERIC: <{roundingmode = 3 : i32}>
  %6 = arith.truncf %d toward_zero : f64 to f32
  return
}
