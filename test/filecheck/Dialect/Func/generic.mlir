// RUN: lce-opt %s --mlir-print-op-generic | FileCheck %s
// RUN: lce-opt %s --mlir-print-op-generic | lce-opt | FileCheck %s --check-prefix=CUSTOM

// CHECK: "func.func"() <{arg_attrs = [{foo.a}], function_type = (i32) -> i32, sym_name = "f"}> ({
// CHECK-NEXT: ^bb0(%arg0: i32):
// CHECK-NEXT:   "func.return"(%arg0) : (i32) -> ()
// CHECK-NEXT: }) {foo.keep} : () -> ()
// CUSTOM: func.func @f(%arg0: i32 {foo.a}) -> i32 attributes {foo.keep} {
func.func @f(%a: i32 {foo.a}) -> i32 attributes {foo.keep} {
  return %a : i32
}
// CHECK: "func.func"() <{function_type = () -> (), sym_name = "ext", sym_visibility = "private"}> ({
// CHECK-NEXT: }) : () -> ()
// CUSTOM: func.func private @ext()
func.func private @ext()
