// RUN: lce-opt %s --allow-unregistered-dialect --no-implicit-module | FileCheck %s
// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=IMPLICIT

// CHECK-NOT: module
// CHECK: "foo.a"() : () -> ()
// IMPLICIT: module {
// IMPLICIT-NEXT: "foo.a"() : () -> ()
// IMPLICIT-NEXT: }
"foo.a"() : () -> ()
