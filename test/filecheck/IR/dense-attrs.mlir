// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: "foo.splats"
// CHECK-SAME: a = dense<7> : tensor<200xi32>
// CHECK-SAME: b = dense<255> : tensor<1xui8>
// CHECK-SAME: c = dense<1.500000e+00> : tensor<2x2xf32>
"foo.splats"() {a = dense<7> : tensor<200xi32>, b = dense<[255]> : tensor<1xui8>, c = dense<[[1.5, 1.5], [1.5, 1.5]]> : tensor<2x2xf32>} : () -> ()
// CHECK-LABEL: "foo.shapes"
// CHECK-SAME{LITERAL}: a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>
// CHECK-SAME: b = dense<> : tensor<0xi32>
// CHECK-SAME: c = dense<[(1,2), (3,4)]> : tensor<2xcomplex<i32>>
// CHECK-SAME: d = dense<[true, false]> : vector<2xi1>
"foo.shapes"() {a = dense<[[1, 2], [3, 4]]> : tensor<2x2xi8>, b = dense<> : tensor<0xi32>, c = dense<[(1, 2), (3, 4)]> : tensor<2xcomplex<i32>>, d = dense<[true, false]> : vector<2xi1>} : () -> ()
// CHECK-LABEL: "foo.hexin"
// CHECK-SAME: dense<[1, 2]> : tensor<2xi32>
"foo.hexin"() {a = dense<"0x0100000002000000"> : tensor<2xi32>} : () -> ()
// CHECK-LABEL: "foo.arrays"
// CHECK-SAME: array<i32: 1, 2, 3>, b = array<f32>, c = array<i1: true, false>
"foo.arrays"() {a = array<i32: 1, 2, 3>, b = array<f32>, c = array<i1: true, false>} : () -> ()
