// RUN: lce-convert %S/../../../../examples/binary-net/binary-net.mlir --emit mlir --quiet | FileCheck %s
// RUN: lce-convert %S/../../../../examples/binary-net/binary-net.mlir -o %t.mlir 2>&1 | FileCheck %s --check-prefix=PROGRESS
// RUN: lce-opt %t.mlir | FileCheck %s
// RUN: lce-convert %S/../../../../examples/binary-net/binary-net.mlir --target xcore --quiet | FileCheck %s --check-prefix=XCORE

// The shipped binarized network converted as LCE's convert_keras_model does: the stem conv
// writes float activations that LceQuantize binarizes, block 1's batch norm becomes
// thresholds so its LceBconv2d writes bitpacked output straight into LceBMaxPool2d and block 2,
// and the classifier's bias add is folded into the fully connected layer.
// CHECK-LABEL: func.func @main(%arg0: tensor<1x12x12x3xf32>) -> tensor<1x10xf32>
// CHECK-NOT: "tf.
// CHECK: "tfl.conv_2d"(%arg0
// CHECK-NEXT: "tfl.custom"({{.*}}) {custom_code = "LceQuantize"{{.*}} -> tensor<1x12x12x1xi32>
// CHECK-NEXT: "tfl.custom"({{.*}}) {custom_code = "LceBconv2d"{{.*}} -> tensor<1x12x12x1xi32>
// CHECK-NEXT: "tfl.custom"({{.*}}) {custom_code = "LceBMaxPool2d"{{.*}} -> tensor<1x6x6x1xi32>
// CHECK-NEXT: "tfl.custom"({{.*}}) {custom_code = "LceBconv2d"{{.*}} -> tensor<1x4x4x16xf32>
// CHECK-NEXT: "tfl.mean"
// CHECK-NEXT: "tfl.fully_connected"
// CHECK-NEXT: "tfl.softmax"
// CHECK-NEXT: return
// CHECK-NOT: "tf.

// One progress line per stage, then the summary.
// PROGRESS: lce-convert: [1/7] TensorFlow cleanup: 17 -> 17 ops
// PROGRESS: lce-convert: [3/7] legalize to TFLite:
// PROGRESS: lce-convert: [7/7] legalize LCE ops:
// PROGRESS: lce-convert: converted {{.*}}binary-net.mlir for arm
// PROGRESS-NEXT: ops: 17 before, 8 after
// PROGRESS-NEXT: ops after: tfl.custom(LceBconv2d) x2, tfl.conv_2d x1, tfl.custom(LceBMaxPool2d) x1, tfl.custom(LceQuantize) x1, tfl.fully_connected x1, tfl.mean x1, tfl.softmax x1
// PROGRESS-NEXT: binary layers: 2 LceBconv2d (2 with bitpacked input, 1 writing bitpacked output), 1 LceBMaxPool2d, 1 LceQuantize, 0 LceDequantize
// PROGRESS-NEXT: weights: 18.1 kB before, 5.3 kB after
// PROGRESS-NEXT: output: {{.*}} (MLIR)

// xcore: no binary max-pool, so block 1 writes floats into a float max-pool.
// XCORE: custom_code = "LceBconv2d"{{.*}} -> tensor<1x12x12x8xf32>
// XCORE-NEXT: "tfl.max_pool_2d"
// XCORE-NEXT: custom_code = "LceQuantize"
