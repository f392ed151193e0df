// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK-LABEL: module @outer {
module @outer {
  // CHECK: module @inner {
  module @inner {
    // CHECK: func.func @"name with space"()
    func.func @"name with space"() {
      return
    }
  }
  // CHECK: func.func @user
  func.func @user() {
    // CHECK: "foo.ref"() {r = @inner::@"name with space"} : () -> ()
    "foo.ref"() {r = @inner::@"name with space"} : () -> ()
    return
  }
}
