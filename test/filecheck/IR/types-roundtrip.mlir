// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect | lce-opt --allow-unregistered-dialect | FileCheck %s

// CHECK: () -> (i1, i3, i17, i1000, si8, ui64, index)
"foo.ints"() : () -> (i1, i3, i17, i1000, si8, ui64, index)
// CHECK: () -> (f16, bf16, f32, f64, f80, f128, tf32, f8E4M3FN, f8E5M2)
"foo.floats"() : () -> (f16, bf16, f32, f64, f80, f128, tf32, f8E4M3FN, f8E5M2)
// CHECK: () -> (tensor<?x4xf32>, tensor<f32>, tensor<0x0xf32>, tensor<*xi8>, tensor<4xf32, "enc">)
"foo.tensors"() : () -> (tensor<?x4xf32>, tensor<f32>, tensor<0x0xf32>, tensor<*xi8>, tensor<4xf32, "enc">)
// CHECK: () -> (vector<4xf32>, vector<[4]xf32>, vector<2x[4]xf32>, vector<f32>)
"foo.vectors"() : () -> (vector<4xf32>, vector<[4]xf32>, vector<2x[4]xf32>, vector<f32>)
// CHECK: () -> (none, complex<f32>, tuple<>, tuple<i32, tuple<f32>>, !foo.bar<1>, !foo<"x y">)
"foo.misc"() : () -> (none, complex<f32>, tuple<>, tuple<i32, tuple<f32>>, !foo.bar<1>, !foo<"x y">)
// CHECK: () -> ((i32) -> ((i32) -> i32))
"foo.fn"() : () -> ((i32) -> ((i32) -> i32))
