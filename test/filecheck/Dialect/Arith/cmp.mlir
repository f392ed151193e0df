// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s --mlir-print-op-generic | FileCheck %s --check-prefix=GENERIC

// CHECK-LABEL: func.func @cmpi
func.func @cmpi(%a: i32, %b: i32) {
  // CHECK-COUNT-2: arith.cmpi {{eq|ne}}, %arg0, %arg1 : i32
  %0 = arith.cmpi eq, %a, %b : i32
  %1 = arith.cmpi ne, %a, %b : i32
  // CHECK: arith.cmpi slt
  // CHECK-NEXT: arith.cmpi sle
  // CHECK-NEXT: arith.cmpi sgt
  // CHECK-NEXT: arith.cmpi sge
  // CHECK-NEXT: arith.cmpi ult
  // CHECK-NEXT: arith.cmpi ule
  // CHECK-NEXT: arith.cmpi ugt
  // CHECK-NEXT: arith.cmpi uge
  %2 = arith.cmpi slt, %a, %b : i32
  %3 = arith.cmpi sle, %a, %b : i32
  %4 = arith.cmpi sgt, %a, %b : i32
  %5 = arith.cmpi sge, %a, %b : i32
  %6 = arith.cmpi ult, %a, %b : i32
  %7 = arith.cmpi ule, %a, %b : i32
  %8 = arith.cmpi ugt, %a, %b : i32
  %9 = arith.cmpi uge, %a, %b : i32
  // GENERIC: "arith.cmpi"(%{{.*}}, %{{.*}}) <{predicate = 9 : i64}> : (i32, i32) -> i1
  return
}

// CHECK-LABEL: func.func @cmpf
func.func @cmpf(%a: f64, %b: f64) {
  // CHECK: arith.cmpf false,
  // CHECK: arith.cmpf oeq,
  // CHECK: arith.cmpf uno,
  // CHECK: arith.cmpf true,
  // CHECK: arith.cmpf olt, %arg0, %arg1 fastmath<nnan> : f64
  // GENERIC: "arith.cmpf"(%{{.*}}, %{{.*}}) <{fastmath = #arith.fastmath<nnan>, predicate = 4 : i64}> : (f64, f64) -> i1
  %0 = arith.cmpf false, %a, %b : f64
  %1 = arith.cmpf oeq, %a, %b : f64
  %2 = arith.cmpf uno, %a, %b : f64
  %3 = arith.cmpf true, %a, %b : f64
  %4 = arith.cmpf olt, %a, %b fastmath<nnan> : f64
  return
}
