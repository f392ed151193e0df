// RUN: lce-opt %s | FileCheck %s

// CHECK-LABEL: func.func @casts
func.func @casts(%i8: i8, %i64: i64, %idx: index, %f: f32, %d: f64) {
  // CHECK-DAG: arith.extsi %arg0 : i8 to i32
  // CHECK-DAG: arith.extui %arg0 : i8 to i64
  // CHECK-DAG: arith.trunci %arg1 : i64 to i16
  // CHECK-DAG: arith.index_cast %arg2 : index to i32
  // CHECK-DAG: arith.index_castui %arg2 : index to i64
  // CHECK-DAG: arith.bitcast %arg1 : i64 to f64
  // CHECK-DAG: arith.extf %arg3 : f32 to f64
  // CHECK-DAG: arith.truncf %arg4 : f64 to f32
  // CHECK-DAG: arith.sitofp %arg0 : i8 to f32
  // CHECK-DAG: arith.uitofp %arg0 : i8 to f64
  // CHECK-DAG: arith.fptosi %arg3 : f32 to i64
  // CHECK-DAG: arith.fptoui %arg4 : f64 to i8
  %0 = arith.extsi %i8 : i8 to i32
  %1 = arith.extui %i8 : i8 to i64
  %2 = arith.trunci %i64 : i64 to i16
  %3 = arith.index_cast %idx : index to i32
  %4 = arith.index_castui %idx : index to i64
  %5 = arith.bitcast %i64 : i64 to f64
  %6 = arith.extf %f : f32 to f64
  %7 = arith.truncf %d : f64 to f32
  %8 = arith.sitofp %i8 : i8 to f32
  %9 = arith.uitofp %i8 : i8 to f64
  %10 = arith.fptosi %f : f32 to i64
  %11 = arith.fptoui %d : f64 to i8
  // CHECK: return
  return
}
