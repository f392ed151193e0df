// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-local-scope | FileCheck %s --check-prefix=LOCAL

// Input aliases are resolved; the printer makes its own, ordered types first.
// CHECK:      !tuple = tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
// CHECK-NEXT: #distinct = distinct[0]<{}>
// CHECK-NEXT: #map = affine_map<(d0) -> (d0 + 1)>
// CHECK-NEXT: #map1 = affine_map<(d0) -> (d0 * 2)>
// CHECK-NEXT: #set = affine_set<(d0) : (d0 >= 0)>
// CHECK-NEXT: module {
// CHECK-NOT: !ty
// CHECK: "foo.a"() {d = #distinct, m = #map, n = #map1, s = #set, x = 1 : i32} : () -> (!tuple, i32)
// LOCAL-NOT: #map
// LOCAL: m = affine_map<(d0) -> (d0 + 1)>
// LOCAL-SAME: tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>
!ty = i32
#one = 1 : i32
"foo.a"() {x = #one, n = affine_map<(d0) -> (2 * d0)>, m = affine_map<(d0) -> (d0 + 1)>, s = affine_set<(d0) : (d0 >= 0)>, d = distinct[3]<{}>} : () -> (tuple<i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8, i8>, !ty)
