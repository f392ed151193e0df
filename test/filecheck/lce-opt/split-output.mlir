// RUN: not lce-opt %s --allow-unregistered-dialect -split-input-file 2>%t.err | FileCheck %s
// RUN: FileCheck %s --check-prefix=ERR < %t.err

// A failing chunk prints nothing, but the separators remain.
// CHECK: "foo.ok1"
// CHECK: // -----
// CHECK-NEXT: // -----
// CHECK-NEXT: module {
// CHECK-NEXT: "foo.ok2"
// ERR: split-output.mlir:[[# @LINE + 4]]:{{[0-9]+}}: error: expected operation name in quotes
"foo.ok1"() : () -> ()

// -----
"foo.bad"() : () -> i32 : garbage

// -----
"foo.ok2"() : () -> ()
