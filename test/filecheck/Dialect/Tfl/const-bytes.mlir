// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s
// RUN: lce-opt %s --mlir-elide-elementsattrs-if-larger=2 | FileCheck %s --check-prefix=ELIDE

// #tfl<const_bytes : "..."> prints its bytes as uppercase hex; the input may use lowercase
// digits, or any other string, taken byte for byte (TF's ConstBytesAttr::parse).

// CHECK-LABEL: func.func @bytes
// ELIDE-LABEL: func.func @bytes
func.func @bytes() {
  // CHECK-NEXT: custom_option = #tfl<const_bytes : "0x">
  // ELIDE-NEXT: custom_option = #tfl<const_bytes : "0x">
  "tfl.custom"() {custom_code = "Empty", custom_option = #tfl<const_bytes : "0x">} : () -> ()
  // CHECK-NEXT: custom_option = #tfl<const_bytes : "0x00FF7FAB">
  // ELIDE-NEXT: custom_option = #tfl<const_bytes : "__elided__">
  "tfl.custom"() {custom_code = "Hex", custom_option = #tfl<const_bytes : "0x00ff7FAB">} : () -> ()
  // CHECK-NEXT: custom_option = #tfl<const_bytes : "0x616263">
  // ELIDE-NEXT: custom_option = #tfl<const_bytes : "__elided__">
  "tfl.custom"() {custom_code = "Text", custom_option = #tfl<const_bytes:"abc">} : () -> ()
  // CHECK-NEXT: custom_option = #tfl<const_bytes : "0x0A22">
  // ELIDE-NEXT: custom_option = #tfl<const_bytes : "0x0A22">
  "tfl.custom"() {custom_code = "Escapes", custom_option = #tfl< const_bytes : "\0A\22" >} : () -> ()
  return
}
