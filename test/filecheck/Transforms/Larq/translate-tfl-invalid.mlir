// RUN: lce-opt %s -lce-translate-tfl -verify-diagnostics --split-input-file

// Where LCE's translation would read undefined data (it trusts the options and operand
// counts), the op gets an error and the pass fails. Bytes from Inputs/lce_options_hex.py,
// some edited by hand as noted.

func.func @empty_options(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2x1x1x3xf32>, %arg2: none) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{'tfl.custom' op cannot be translated to an lq op: LceBconv2d options are empty, expected a FlexBuffers map}}
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x3x3x1xi32>, tensor<2x1x1x3xf32>, none, none, none) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

// The valid 160-byte options without their last byte (the root width).
func.func @truncated(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2x1x1x3xf32>, %arg2: none) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{LceBconv2d options are not a valid FlexBuffer (malformed FlexBuffer at byte}}
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C332922150801080301010000010101040404040404040410">} : (tensor<1x3x3x1xi32>, tensor<2x1x1x3xf32>, none, none, none) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

// The valid options with the root offset (byte 157) changed from 16 to 255, pointing before
// the start of the buffer.
func.func @bad_root_offset(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2x1x1x3xf32>, %arg2: none) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{LceBconv2d options are not a valid FlexBuffer (malformed FlexBuffer at byte}}
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010803010100000101010404040404040404FF2401">} : (tensor<1x3x3x1xi32>, tensor<2x1x1x3xf32>, none, none, none) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

// A FlexBuffer whose root is the integer 1, not a map.
func.func @root_not_a_map(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
  // expected-error @+1 {{LceBMaxPool2d options are not a FlexBuffers map (the root is Int)}}
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x010401">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
  return %0 : tensor<1x2x2x1xi32>
}

// -----

func.func @tanh(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2x1x1x3xf32>, %arg2: none) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{LceBconv2d option 'fused_activation_function' = 4 is not a supported activation (0 = NONE, 1 = RELU, 2 = RELU_N1_TO_1, 3 = RELU6)}}
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010803010104000101010404040404040404102401">} : (tensor<1x3x3x1xi32>, tensor<2x1x1x3xf32>, none, none, none) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

func.func @unknown_activation(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2x1x1x3xf32>, %arg2: none) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{LceBconv2d option 'fused_activation_function' = 9 is not a supported activation}}
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010803010109000101010404040404040404102401">} : (tensor<1x3x3x1xi32>, tensor<2x1x1x3xf32>, none, none, none) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

func.func @unknown_padding(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
  // expected-error @+1 {{LceBMaxPool2d option 'padding' = 2 is not a padding (0 = SAME, 1 = VALID)}}
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F77696474680066696C7465725F68656967687400050F1D412D3B050105020202010104040404040A2401">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
  return %0 : tensor<1x2x2x1xi32>
}

// -----

func.func @missing_key(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
  // expected-error @+1 {{LceBMaxPool2d options have no 'filter_height' entry}}
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F776964746800040E321E2C0401040200010104040404082401">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
  return %0 : tensor<1x2x2x1xi32>
}

// -----

// filter_height = 2^40 in a 64-bit map.
func.func @value_too_large(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
  // expected-error @+1 {{LceBMaxPool2d option 'filter_height' = 1099511627776 does not fit in 32 bits}}
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F77696474680066696C7465725F68656967687400050F1D412D3B000000000900000000000000010000000000000005000000000000000000000000010000020000000000000000000000000000000100000000000000010000000000000007070707072D2701">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
  return %0 : tensor<1x2x2x1xi32>
}

// -----

// The channels_in type byte of a 32-bit map changed from INT (06) to FLOAT (0E).
func.func @float_value(%arg0: tensor<1x3x3x1250xi32>, %arg1: tensor<2x1x1x1250xi32>, %arg2: none) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{LceBconv2d option 'channels_in' is not an integer (its type is Float)}}
  %0 = "tfl.custom"(%arg0, %arg1, %arg2, %arg2, %arg2) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221500000A0000000100000008000000409C0000010000000100000000000000000000000100000001000000010000000E06060606060606282601">} : (tensor<1x3x3x1250xi32>, tensor<2x1x1x1250xi32>, none, none, none) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

func.func @too_few_operands(%arg0: tensor<1x3x3x1xi32>, %arg1: tensor<2x1x1x3xf32>) -> tensor<1x3x3x2xf32> {
  // expected-error @+1 {{LceBconv2d takes 5 operands and 1 result, but the op has 2 operands and 1 result}}
  %0 = "tfl.custom"(%arg0, %arg1) {custom_code = "LceBconv2d", custom_option = #tfl<const_bytes : "0x6368616E6E656C735F696E0064696C6174696F6E5F6865696768745F666163746F720064696C6174696F6E5F77696474685F666163746F720066757365645F61637469766174696F6E5F66756E6374696F6E007061645F76616C7565730070616464696E67007374726964655F686569676874007374726964655F776964746800088277614C3329221508010803010100000101010404040404040404102401">} : (tensor<1x3x3x1xi32>, tensor<2x1x1x3xf32>) -> tensor<1x3x3x2xf32>
  return %0 : tensor<1x3x3x2xf32>
}

// -----

func.func @two_results(%arg0: tensor<1x4x4x2xf32>) -> tensor<1x4x4x1xi32> {
  // expected-error @+1 {{LceQuantize takes 1 operand and 1 result, but the op has 1 operand and 2 results}}
  %0:2 = "tfl.custom"(%arg0) {custom_code = "LceQuantize", custom_option = #tfl<const_bytes : "0x">} : (tensor<1x4x4x2xf32>) -> (tensor<1x4x4x1xi32>, tensor<1x4x4x1xi32>)
  return %0#0 : tensor<1x4x4x1xi32>
}

// -----

// Well-formed options (stride_width = 0) that make an invalid lq op: the lq verifier reports it
// after the pass, at the translated op.
func.func @invalid_lq_op(%arg0: tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32> {
  // expected-error @+1 {{'lq.BMaxPool2d' op 'stride_width' must be positive, but is 0}}
  %0 = "tfl.custom"(%arg0) {custom_code = "LceBMaxPool2d", custom_option = #tfl<const_bytes : "0x70616464696E67007374726964655F7769647468007374726964655F6865696768740066696C7465725F77696474680066696C7465725F68656967687400050F1D412D3B050105020200010004040404040A2401">} : (tensor<1x4x4x1xi32>) -> tensor<1x2x2x1xi32>
  return %0 : tensor<1x2x2x1xi32>
}
