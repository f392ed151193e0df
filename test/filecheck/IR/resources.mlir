// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK: "foo.a"() {r = dense_resource<used> : tensor<2xi32>} : () -> ()
// CHECK: {-#
// CHECK-NEXT:   dialect_resources: {
// CHECK-NEXT:     builtin: {
// CHECK-NEXT:       used: "0x040000000100000002000000"
// CHECK-NEXT:     }
// CHECK-NEXT:   }
// CHECK-NEXT: #-}
// CHECK-NOT: unused
"foo.a"() {r = dense_resource<used> : tensor<2xi32>} : () -> ()
{-#
  dialect_resources: {
    builtin: {
      unused: "0x0400000007000000",
      used: "0x040000000100000002000000"
    }
  }
#-}
