// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s

// CHECK{LITERAL}: a = "quote\22inside", b = "back\\slash", c = "tab\09nl\0A", d = "\E2\82\AC", e = "AB"
"foo.s"() {a = "quote\"inside", b = "back\\slash", c = "tab\tnl\n", d = "€", e = "\41\42"} : () -> ()
// CHECK: "foo.sym"() {a = @f, b = @a::@b::@c, c = @"with space"}
"foo.sym"() {a = @f, b = @a::@b::@c, c = @"with space"} : () -> ()
