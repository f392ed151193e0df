// RUN: lce-opt %s --allow-unregistered-dialect -split-input-file -verify-diagnostics

// expected-error @+1 {{integer constant out of range for attribute}}
"foo.a"() {a = 256 : i8} : () -> ()

// -----

// expected-error @+1 {{negative integer literal not valid for unsigned integer type}}
"foo.a"() {a = -1 : ui8} : () -> ()

// -----

// expected-error @+2 {{unexpected decimal integer literal for a floating point value}}
// expected-note @+1 {{add a trailing dot to make the literal a float}}
"foo.a"() {a = dense<[1, 2]> : tensor<2xf32>} : () -> ()

// -----

// expected-error @+1 {{expected valid attribute name}}
"foo.a"() {"" = 1} : () -> ()

// -----

// expected-error-re @+1 {{elements hex data size is invalid for provided type: 'tensor<{{[0-9]+}}xi1>'}}
"foo.a"() {c = dense<"0x0000"> : tensor<4xi1>} : () -> ()
