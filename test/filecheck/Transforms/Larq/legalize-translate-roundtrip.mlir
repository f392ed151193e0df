// RUN: lce-opt %s -tfl-legalize-lce -lce-translate-tfl -verify-diagnostics | FileCheck %s
// RUN: lce-opt %s -tfl-legalize-lce | lce-opt -lce-translate-tfl | FileCheck %s
// RUN: lce-opt %s -tfl-legalize-lce | FileCheck %s --check-prefix=LEGAL

// Legalizing to tfl.custom and translating back gives the lq ops unchanged, for every
// activation, padding and pad value, for attribute values of every FlexBuffers width, and also
// through the printed #tfl<const_bytes> text. A defaulted pad_values comes back explicit.
// LEGAL-NOT: "lq.

// CHECK-LABEL: func.func @bconv_none_same_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x1xi32>, tensor<6x3x3x5xf32>, tensor<6xf32>, tensor<6xf32>, none) -> tensor<1x?x?x6xf32>
// CHECK-NEXT: return %0
func.func @bconv_none_same_0(%arg0: tensor<1x9x9x1xi32>, %arg1: tensor<6x3x3x5xf32>, %arg2: tensor<6xf32>, %arg3: tensor<6xf32>, %arg4: none) -> tensor<1x?x?x6xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x1xi32>, tensor<6x3x3x5xf32>, tensor<6xf32>, tensor<6xf32>, none) -> tensor<1x?x?x6xf32>
  return %0 : tensor<1x?x?x6xf32>
}

// CHECK-LABEL: func.func @bconv_none_same_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x10xi32>, tensor<7x3x3x300xf32>, tensor<7xf32>, tensor<7xf32>, none) -> tensor<1x?x?x7xf32>
// CHECK-NEXT: return %0
func.func @bconv_none_same_1(%arg0: tensor<1x9x9x10xi32>, %arg1: tensor<7x3x3x300xf32>, %arg2: tensor<7xf32>, %arg3: tensor<7xf32>, %arg4: none) -> tensor<1x?x?x7xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x10xi32>, tensor<7x3x3x300xf32>, tensor<7xf32>, tensor<7xf32>, none) -> tensor<1x?x?x7xf32>
  return %0 : tensor<1x?x?x7xf32>
}

// CHECK-LABEL: func.func @bconv_none_valid_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x2188xi32>, tensor<8x3x3x70000xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x?x?x8xf32>
// CHECK-NEXT: return %0
func.func @bconv_none_valid_0(%arg0: tensor<1x9x9x2188xi32>, %arg1: tensor<8x3x3x70000xf32>, %arg2: tensor<8xf32>, %arg3: tensor<8xf32>, %arg4: none) -> tensor<1x?x?x8xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x2188xi32>, tensor<8x3x3x70000xf32>, tensor<8xf32>, tensor<8xf32>, none) -> tensor<1x?x?x8xf32>
  return %0 : tensor<1x?x?x8xf32>
}

// CHECK-LABEL: func.func @bconv_none_valid_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x2xi32>, tensor<9x3x3x33xf32>, tensor<9xf32>, tensor<9xf32>, none) -> tensor<1x?x?x9xf32>
// CHECK-NEXT: return %0
func.func @bconv_none_valid_1(%arg0: tensor<1x9x9x2xi32>, %arg1: tensor<9x3x3x33xf32>, %arg2: tensor<9xf32>, %arg3: tensor<9xf32>, %arg4: none) -> tensor<1x?x?x9xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "NONE", pad_values = 1 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 2 : i32}> : (tensor<1x9x9x2xi32>, tensor<9x3x3x33xf32>, tensor<9xf32>, tensor<9xf32>, none) -> tensor<1x?x?x9xf32>
  return %0 : tensor<1x?x?x9xf32>
}

// CHECK-LABEL: func.func @bconv_relu_same_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x1xi32>, tensor<10x3x3x5xf32>, tensor<10xf32>, tensor<10xf32>, none) -> tensor<1x?x?x10xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_same_0(%arg0: tensor<1x9x9x1xi32>, %arg1: tensor<10x3x3x5xf32>, %arg2: tensor<10xf32>, %arg3: tensor<10xf32>, %arg4: none) -> tensor<1x?x?x10xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x1xi32>, tensor<10x3x3x5xf32>, tensor<10xf32>, tensor<10xf32>, none) -> tensor<1x?x?x10xf32>
  return %0 : tensor<1x?x?x10xf32>
}

// CHECK-LABEL: func.func @bconv_relu_same_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x10xi32>, tensor<11x3x3x300xf32>, tensor<11xf32>, tensor<11xf32>, none) -> tensor<1x?x?x11xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_same_1(%arg0: tensor<1x9x9x10xi32>, %arg1: tensor<11x3x3x300xf32>, %arg2: tensor<11xf32>, %arg3: tensor<11xf32>, %arg4: none) -> tensor<1x?x?x11xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "SAME", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x10xi32>, tensor<11x3x3x300xf32>, tensor<11xf32>, tensor<11xf32>, none) -> tensor<1x?x?x11xf32>
  return %0 : tensor<1x?x?x11xf32>
}

// CHECK-LABEL: func.func @bconv_relu_valid_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2188xi32>, tensor<12x3x3x70000xf32>, tensor<12xf32>, tensor<12xf32>, none) -> tensor<1x?x?x12xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_valid_0(%arg0: tensor<1x9x9x2188xi32>, %arg1: tensor<12x3x3x70000xf32>, %arg2: tensor<12xf32>, %arg3: tensor<12xf32>, %arg4: none) -> tensor<1x?x?x12xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU", pad_values = 0 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2188xi32>, tensor<12x3x3x70000xf32>, tensor<12xf32>, tensor<12xf32>, none) -> tensor<1x?x?x12xf32>
  return %0 : tensor<1x?x?x12xf32>
}

// CHECK-LABEL: func.func @bconv_relu_valid_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2xi32>, tensor<13x3x3x33xf32>, tensor<13xf32>, tensor<13xf32>, none) -> tensor<1x?x?x13xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_valid_1(%arg0: tensor<1x9x9x2xi32>, %arg1: tensor<13x3x3x33xf32>, %arg2: tensor<13xf32>, %arg3: tensor<13xf32>, %arg4: none) -> tensor<1x?x?x13xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU", pad_values = 1 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2xi32>, tensor<13x3x3x33xf32>, tensor<13xf32>, tensor<13xf32>, none) -> tensor<1x?x?x13xf32>
  return %0 : tensor<1x?x?x13xf32>
}

// CHECK-LABEL: func.func @bconv_relu_n1_to_1_same_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "SAME", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x1xi32>, tensor<14x3x3x5xf32>, tensor<14xf32>, tensor<14xf32>, none) -> tensor<1x?x?x14xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_n1_to_1_same_0(%arg0: tensor<1x9x9x1xi32>, %arg1: tensor<14x3x3x5xf32>, %arg2: tensor<14xf32>, %arg3: tensor<14xf32>, %arg4: none) -> tensor<1x?x?x14xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "SAME", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x1xi32>, tensor<14x3x3x5xf32>, tensor<14xf32>, tensor<14xf32>, none) -> tensor<1x?x?x14xf32>
  return %0 : tensor<1x?x?x14xf32>
}

// CHECK-LABEL: func.func @bconv_relu_n1_to_1_same_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 1 : i32, padding = "SAME", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x10xi32>, tensor<15x3x3x300xf32>, tensor<15xf32>, tensor<15xf32>, none) -> tensor<1x?x?x15xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_n1_to_1_same_1(%arg0: tensor<1x9x9x10xi32>, %arg1: tensor<15x3x3x300xf32>, %arg2: tensor<15xf32>, %arg3: tensor<15xf32>, %arg4: none) -> tensor<1x?x?x15xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 1 : i32, padding = "SAME", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x10xi32>, tensor<15x3x3x300xf32>, tensor<15xf32>, tensor<15xf32>, none) -> tensor<1x?x?x15xf32>
  return %0 : tensor<1x?x?x15xf32>
}

// CHECK-LABEL: func.func @bconv_relu_n1_to_1_valid_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "VALID", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2188xi32>, tensor<16x3x3x70000xf32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x?x?x16xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_n1_to_1_valid_0(%arg0: tensor<1x9x9x2188xi32>, %arg1: tensor<16x3x3x70000xf32>, %arg2: tensor<16xf32>, %arg3: tensor<16xf32>, %arg4: none) -> tensor<1x?x?x16xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 0 : i32, padding = "VALID", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2188xi32>, tensor<16x3x3x70000xf32>, tensor<16xf32>, tensor<16xf32>, none) -> tensor<1x?x?x16xf32>
  return %0 : tensor<1x?x?x16xf32>
}

// CHECK-LABEL: func.func @bconv_relu_n1_to_1_valid_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 1 : i32, padding = "VALID", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2xi32>, tensor<17x3x3x33xf32>, tensor<17xf32>, tensor<17xf32>, none) -> tensor<1x?x?x17xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu_n1_to_1_valid_1(%arg0: tensor<1x9x9x2xi32>, %arg1: tensor<17x3x3x33xf32>, %arg2: tensor<17xf32>, %arg3: tensor<17xf32>, %arg4: none) -> tensor<1x?x?x17xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU_N1_TO_1", pad_values = 1 : i32, padding = "VALID", stride_height = 200 : i32, stride_width = 1 : i32}> : (tensor<1x9x9x2xi32>, tensor<17x3x3x33xf32>, tensor<17xf32>, tensor<17xf32>, none) -> tensor<1x?x?x17xf32>
  return %0 : tensor<1x?x?x17xf32>
}

// CHECK-LABEL: func.func @bconv_relu6_same_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x1xi32>, tensor<18x3x3x5xf32>, tensor<18xf32>, tensor<18xf32>, none) -> tensor<1x?x?x18xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu6_same_0(%arg0: tensor<1x9x9x1xi32>, %arg1: tensor<18x3x3x5xf32>, %arg2: tensor<18xf32>, %arg3: tensor<18xf32>, %arg4: none) -> tensor<1x?x?x18xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 5 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x1xi32>, tensor<18x3x3x5xf32>, tensor<18xf32>, tensor<18xf32>, none) -> tensor<1x?x?x18xf32>
  return %0 : tensor<1x?x?x18xf32>
}

// CHECK-LABEL: func.func @bconv_relu6_same_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x10xi32>, tensor<19x3x3x300xf32>, tensor<19xf32>, tensor<19xf32>, none) -> tensor<1x?x?x19xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu6_same_1(%arg0: tensor<1x9x9x10xi32>, %arg1: tensor<19x3x3x300xf32>, %arg2: tensor<19xf32>, %arg3: tensor<19xf32>, %arg4: none) -> tensor<1x?x?x19xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 300 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x10xi32>, tensor<19x3x3x300xf32>, tensor<19xf32>, tensor<19xf32>, none) -> tensor<1x?x?x19xf32>
  return %0 : tensor<1x?x?x19xf32>
}

// CHECK-LABEL: func.func @bconv_relu6_valid_0
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x2188xi32>, tensor<20x3x3x70000xf32>, tensor<20xf32>, tensor<20xf32>, none) -> tensor<1x?x?x20xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu6_valid_0(%arg0: tensor<1x9x9x2188xi32>, %arg1: tensor<20x3x3x70000xf32>, %arg2: tensor<20xf32>, %arg3: tensor<20xf32>, %arg4: none) -> tensor<1x?x?x20xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 70000 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "RELU6", pad_values = 0 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x2188xi32>, tensor<20x3x3x70000xf32>, tensor<20xf32>, tensor<20xf32>, none) -> tensor<1x?x?x20xf32>
  return %0 : tensor<1x?x?x20xf32>
}

// CHECK-LABEL: func.func @bconv_relu6_valid_1
// CHECK-NEXT: %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x2xi32>, tensor<21x3x3x33xf32>, tensor<21xf32>, tensor<21xf32>, none) -> tensor<1x?x?x21xf32>
// CHECK-NEXT: return %0
func.func @bconv_relu6_valid_1(%arg0: tensor<1x9x9x2xi32>, %arg1: tensor<21x3x3x33xf32>, %arg2: tensor<21xf32>, %arg3: tensor<21xf32>, %arg4: none) -> tensor<1x?x?x21xf32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg3, %arg4) <{channels_in = 33 : i32, dilation_height_factor = 2 : i32, dilation_width_factor = 3 : i32, fused_activation_function = "RELU6", pad_values = 1 : i32, padding = "VALID", stride_height = 1 : i32, stride_width = 40000 : i32}> : (tensor<1x9x9x2xi32>, tensor<21x3x3x33xf32>, tensor<21xf32>, tensor<21xf32>, none) -> tensor<1x?x?x21xf32>
  return %0 : tensor<1x?x?x21xf32>
}

// CHECK-LABEL: func.func @bconv_defaulted_pad_values
// CHECK-NEXT: "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) <{channels_in = 32 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", pad_values = 0 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}>
func.func @bconv_defaulted_pad_values(%arg0: tensor<1x4x4x1xi32>, %arg1: tensor<2x1x1x1xi32>, %arg2: none, %arg3: tensor<2xi32>) -> tensor<1x4x4x1xi32> {
  %0 = "lq.Bconv2d"(%arg0, %arg1, %arg2, %arg2, %arg3) {channels_in = 32 : i32, dilation_height_factor = 1 : i32, dilation_width_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32} : (tensor<1x4x4x1xi32>, tensor<2x1x1x1xi32>, none, none, tensor<2xi32>) -> tensor<1x4x4x1xi32>
  return %0 : tensor<1x4x4x1xi32>
}

// CHECK-LABEL: func.func @bmaxpool_0
// CHECK-NEXT: %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 1 : i32, filter_width = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<?x10x10x1xi32>) -> tensor<?x?x?x1xi32>
func.func @bmaxpool_0(%arg0: tensor<?x10x10x1xi32>) -> tensor<?x?x?x1xi32> {
  %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 1 : i32, filter_width = 1 : i32, padding = "SAME", stride_height = 1 : i32, stride_width = 1 : i32}> : (tensor<?x10x10x1xi32>) -> tensor<?x?x?x1xi32>
  return %0 : tensor<?x?x?x1xi32>
}

// CHECK-LABEL: func.func @bmaxpool_1
// CHECK-NEXT: %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 5 : i32, filter_width = 4 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 2 : i32}> : (tensor<?x10x10x2xi32>) -> tensor<?x?x?x2xi32>
func.func @bmaxpool_1(%arg0: tensor<?x10x10x2xi32>) -> tensor<?x?x?x2xi32> {
  %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 5 : i32, filter_width = 4 : i32, padding = "VALID", stride_height = 3 : i32, stride_width = 2 : i32}> : (tensor<?x10x10x2xi32>) -> tensor<?x?x?x2xi32>
  return %0 : tensor<?x?x?x2xi32>
}

// CHECK-LABEL: func.func @bmaxpool_2
// CHECK-NEXT: %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 2 : i32, filter_width = 1000 : i32, padding = "SAME", stride_height = 127 : i32, stride_width = 128 : i32}> : (tensor<?x10x10x3xi32>) -> tensor<?x?x?x3xi32>
func.func @bmaxpool_2(%arg0: tensor<?x10x10x3xi32>) -> tensor<?x?x?x3xi32> {
  %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 2 : i32, filter_width = 1000 : i32, padding = "SAME", stride_height = 127 : i32, stride_width = 128 : i32}> : (tensor<?x10x10x3xi32>) -> tensor<?x?x?x3xi32>
  return %0 : tensor<?x?x?x3xi32>
}

// CHECK-LABEL: func.func @bmaxpool_3
// CHECK-NEXT: %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 65536 : i32, filter_width = 3 : i32, padding = "VALID", stride_height = 99999 : i32, stride_width = 1 : i32}> : (tensor<?x10x10x4xi32>) -> tensor<?x?x?x4xi32>
func.func @bmaxpool_3(%arg0: tensor<?x10x10x4xi32>) -> tensor<?x?x?x4xi32> {
  %0 = "lq.BMaxPool2d"(%arg0) <{filter_height = 65536 : i32, filter_width = 3 : i32, padding = "VALID", stride_height = 99999 : i32, stride_width = 1 : i32}> : (tensor<?x10x10x4xi32>) -> tensor<?x?x?x4xi32>
  return %0 : tensor<?x?x?x4xi32>
}

// CHECK-LABEL: func.func @quantize_dequantize
// CHECK-NEXT: %0 = "lq.Quantize"(%arg0) : (tensor<3x65xf16>) -> tensor<3x3xi32>
// CHECK-NEXT: %1 = "lq.Dequantize"(%0) : (tensor<3x3xi32>) -> tensor<3x65xi1>
func.func @quantize_dequantize(%arg0: tensor<3x65xf16>) -> tensor<3x65xi1> {
  %0 = "lq.Quantize"(%arg0) : (tensor<3x65xf16>) -> tensor<3x3xi32>
  %1 = "lq.Dequantize"(%0) : (tensor<3x3xi32>) -> tensor<3x65xi1>
  return %1 : tensor<3x65xi1>
}
