// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK-DAG: #[[PERM:map[0-9]*]] = affine_map<(d0, d1) -> (d1, d0)>
// CHECK-DAG: #[[SHIFT:map[0-9]*]] = affine_map<(d0)[s0] -> (d0 + s0)>
// CHECK-LABEL: module {
// CHECK: memref<4x4xf32, #[[PERM]]>
// CHECK-SAME: memref<4xf32, #[[SHIFT]], 2>
"foo.a"() : () -> (memref<4x4xf32, affine_map<(d0, d1) -> (d1, d0)>>, memref<4xf32, affine_map<(d0)[s0] -> (d0 + s0)>, 2>)
// Zero offsets, memory space 0 and identity layouts are dropped.
// CHECK: (memref<4x4xf32, strided<[4, 1]>>, memref<4xf32>, memref<4x4xf32>, memref<*xf32, 1>)
"foo.b"() : () -> (memref<4x4xf32, strided<[4, 1], offset: 0>>, memref<4xf32, 0>, memref<4x4xf32, affine_map<(d0, d1) -> (d0, d1)>>, memref<*xf32, 1>)
// CHECK: memref<?x?xf32, strided<[?, 1], offset: ?>>
"foo.c"() : () -> memref<?x?xf32, strided<[?, 1], offset: ?>>
