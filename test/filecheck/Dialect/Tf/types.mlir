// RUN: lce-opt %s | FileCheck %s
// RUN: lce-opt %s | lce-opt | FileCheck %s

// CHECK-LABEL: func.func private @handles
// CHECK-SAME: (tensor<!tf_type.resource>, tensor<!tf_type.resource<tensor<6xf32>>>, tensor<!tf_type.resource<tensor<4x6xf32>, tensor<*xi32>>>)
func.func private @handles(tensor<!tf_type.resource>, tensor<!tf_type.resource<tensor<6xf32>>>, tensor<!tf_type.resource<tensor<4x6xf32>,tensor<*xi32>>>)

// CHECK-LABEL: func.func private @variants
// CHECK-SAME: (tensor<!tf_type.variant>, tensor<!tf_type.variant<tensor<2x!tf_type.string>>>)
func.func private @variants(tensor<!tf_type.variant>, tensor<!tf_type.variant<tensor<2x!tf_type.string>>>)

// CHECK-LABEL: func.func private @simple
// CHECK-SAME: (tensor<!tf_type.string>, tensor<2x!tf_type.qint8>, tensor<!tf_type.qint16>, tensor<!tf_type.qint32>, tensor<!tf_type.quint8>, tensor<!tf_type.quint16>)
func.func private @simple(tensor<!tf_type.string>, tensor<2x!tf_type.qint8>, tensor<!tf_type.qint16>, tensor<!tf_type.qint32>, tensor<!tf_type.quint8>, tensor<!tf_type.quint16>)

// CHECK-LABEL: func.func private @refs
// CHECK-SAME: (tensor<!tf_type.f32ref>, tensor<!tf_type.int8ref>, tensor<!tf_type.uint8ref>, tensor<!tf_type.stringref>, tensor<!tf_type.resourceref>, tensor<!tf_type.variantref>, tensor<!tf_type.bfloat16ref>)
func.func private @refs(tensor<!tf_type.f32ref>, tensor<!tf_type.int8ref>, tensor<!tf_type.uint8ref>, tensor<!tf_type.stringref>, tensor<!tf_type.resourceref>, tensor<!tf_type.variantref>, tensor<!tf_type.bfloat16ref>)

// Graph-level types; a `resource...` mnemonic is read as a resource, as TF checks only the prefix.
// CHECK-LABEL: func.func private @graph
// CHECK-SAME: (!tf_type.control, !tf_type.tensor, tensor<!tf_type.resource>)
func.func private @graph(!tf_type.control, !tf_type.tensor, tensor<!tf_type.resource_handle>)
