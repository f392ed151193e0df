// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect | lce-opt --allow-unregistered-dialect | FileCheck %s

// CHECK: %[[R:.*]]:3 = "foo.multi"() : () -> (i32, i64, f32)
%r:3 = "foo.multi"() : () -> (i32, i64, f32)
// CHECK-NEXT: "foo.use"(%[[R]]#2, %[[R]]#0, %[[R]]#1) : (f32, i32, i64) -> ()
"foo.use"(%r#2, %r#0, %r#1) : (f32, i32, i64) -> ()
// CHECK-NEXT: %[[S:.*]]:2 = "foo.two"(%[[R]]#0)
%s:2 = "foo.two"(%r#0) : (i32) -> (i1, i1)
// CHECK-NEXT: %{{.*}} = "foo.one"(%[[S]]#1) : (i1) -> i8
%t = "foo.one"(%s#1) : (i1) -> i8
// CHECK-NOT: #3
