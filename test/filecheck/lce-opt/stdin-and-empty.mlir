// RUN: lce-opt < %s --allow-unregistered-dialect | FileCheck %s
// RUN: echo "" | lce-opt | FileCheck %s --check-prefix=EMPTY
// RUN: lce-opt %s --allow-unregistered-dialect -o %t && FileCheck %s < %t

// CHECK: module {
// CHECK-NEXT: "foo.from_stdin"() : () -> ()
// CHECK-NEXT: }
// CHECK-EMPTY:
// EMPTY: module {
// EMPTY-NEXT: }
"foo.from_stdin"() : () -> ()
