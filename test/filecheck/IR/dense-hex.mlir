// RUN: lce-opt %s --allow-unregistered-dialect | FileCheck %s --check-prefix=DEFAULT
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-print-elementsattrs-with-hex-if-larger=2 | FileCheck %s --check-prefix=HEX
// RUN: lce-opt %s --allow-unregistered-dialect --mlir-elide-elementsattrs-if-larger=2 | FileCheck %s --check-prefix=ELIDE

// DEFAULT: a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<[true, false, true]> : tensor<3xi1>, c = dense<5> : tensor<8xi32>
// HEX: a = dense<"0x010000000200000003000000"> : tensor<3xi32>, b = dense<"0x05"> : tensor<3xi1>, c = dense<5> : tensor<8xi32>
// ELIDE: a = dense_resource<__elided__> : tensor<3xi32>, b = dense_resource<__elided__> : tensor<3xi1>, c = dense<5> : tensor<8xi32>
"foo.d"() {a = dense<[1, 2, 3]> : tensor<3xi32>, b = dense<[true, false, true]> : tensor<3xi1>, c = dense<5> : tensor<8xi32>} : () -> ()
