#!/usr/bin/env python3
"""Writes the tfl models of the TFLite differential tests (deterministic weights from a seed).

usage: gen_models.py OUT_DIR
Each model is a small func.func @main of tfl ops; tflite-differential.sh exports them with
lce-translate, runs them in the real TFLite interpreter and records the outputs as golden JSON.
"""
import random
import sys
from pathlib import Path


def floats(r, n, scale=1.0):
    return [round(r.uniform(-scale, scale), 4) for _ in range(n)]


def nest(values, shape):
    if len(shape) <= 1:
        return "[" + ", ".join(repr(v) if isinstance(v, float) else str(v) for v in values) + "]"
    step = len(values) // shape[0]
    return "[" + ", ".join(nest(values[i * step:(i + 1) * step], shape[1:]) for i in range(shape[0])) + "]"


def dense(values, shape, elem="f32"):
    return f"dense<{nest(values, shape)}> : tensor<{'x'.join(map(str, shape))}x{elem}>"


def t(shape, elem="f32"):
    return f"tensor<{'x'.join(map(str, shape))}x{elem}>"


def const(name, values, shape, elem="f32"):
    return f'    %{name} = arith.constant {dense(values, shape, elem)}\n'


def count(shape):
    n = 1
    for d in shape:
        n *= d
    return n


def conv_pool(r):
    s = ""
    s += const("w1", floats(r, 4 * 3 * 3 * 3, 0.5), [4, 3, 3, 3])
    s += const("b1", floats(r, 4, 0.1), [4])
    s += const("w2", floats(r, 5 * 3 * 3 * 4, 0.5), [5, 3, 3, 4])
    s += const("b2", floats(r, 5, 0.1), [5])
    s += const("pads", [0, 0, 1, 1, 1, 1, 0, 0], [4, 2], "i32")
    s += const("axes", [1, 2], [2], "i32")
    s += const("fw", floats(r, 3 * 5, 0.5), [3, 5])
    s += const("fb", floats(r, 3, 0.1), [3])
    return f"""func.func @main(%arg0: {t([1, 8, 8, 3])}) -> {t([1, 3])} {{
{s}    %0 = "tfl.conv_2d"(%arg0, %w1, %b1) {{dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32}} : ({t([1, 8, 8, 3])}, {t([4, 3, 3, 3])}, {t([4])}) -> {t([1, 8, 8, 4])} loc("block1/conv")
    %1 = "tfl.max_pool_2d"(%0) {{filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32}} : ({t([1, 8, 8, 4])}) -> {t([1, 4, 4, 4])} loc("block1/max_pool")
    %2 = "tfl.average_pool_2d"(%1) {{filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 1 : i32, stride_w = 1 : i32}} : ({t([1, 4, 4, 4])}) -> {t([1, 3, 3, 4])} loc("block1/avg_pool")
    %3 = "tfl.pad"(%2, %pads) : ({t([1, 3, 3, 4])}, {t([4, 2], "i32")}) -> {t([1, 5, 5, 4])} loc("block2/pad")
    %4 = "tfl.conv_2d"(%3, %w2, %b2) {{dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU6", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32}} : ({t([1, 5, 5, 4])}, {t([5, 3, 3, 4])}, {t([5])}) -> {t([1, 2, 2, 5])} loc("block2/conv")
    %5 = "tfl.mean"(%4, %axes) {{keep_dims = false}} : ({t([1, 2, 2, 5])}, {t([2], "i32")}) -> {t([1, 5])} loc("head/mean")
    %6 = "tfl.fully_connected"(%5, %fw, %fb) {{fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"}} : ({t([1, 5])}, {t([3, 5])}, {t([3])}) -> {t([1, 3])} loc("head/dense")
    %7 = "tfl.softmax"(%6) {{beta = 1.000000e+00 : f32}} : ({t([1, 3])}) -> {t([1, 3])} loc("head/softmax")
    return %7 : {t([1, 3])}
  }}
"""


def broadcast(r):
    s = const("b", floats(r, 4), [4]) + const("c", floats(r, 3), [3, 1]) + const("d", [0.5, 2.0, -4.0, 8.0], [4])
    s += const("shape", [6, 8], [2], "i32")
    return f"""func.func @main(%arg0: {t([2, 3, 4])}, %arg1: {t([2, 3, 4])}) -> ({t([6, 8])}, {t([2, 3, 4])}) {{
{s}    %0 = tfl.add(%arg0, %b) {{fused_activation_function = "NONE"}} : ({t([2, 3, 4])}, {t([4])}) -> {t([2, 3, 4])} loc("add")
    %1 = tfl.mul(%0, %c) {{fused_activation_function = "NONE"}} : ({t([2, 3, 4])}, {t([3, 1])}) -> {t([2, 3, 4])} loc("mul")
    %2 = tfl.sub %1, %arg1 {{fused_activation_function = "RELU_N1_TO_1"}} : {t([2, 3, 4])} loc("sub")
    %3 = tfl.div(%2, %d) {{fused_activation_function = "NONE"}} : ({t([2, 3, 4])}, {t([4])}) -> {t([2, 3, 4])} loc("div")
    %4 = "tfl.concatenation"(%3, %1) {{axis = -1 : i32, fused_activation_function = "NONE"}} : ({t([2, 3, 4])}, {t([2, 3, 4])}) -> {t([2, 3, 8])} loc("concat")
    %5 = "tfl.reshape"(%4, %shape) : ({t([2, 3, 8])}, {t([2], "i32")}) -> {t([6, 8])} loc("reshape")
    %6 = "tfl.softmax"(%5) {{beta = 5.000000e-01 : f32}} : ({t([6, 8])}) -> {t([6, 8])} loc("softmax")
    return %6, %3 : {t([6, 8])}, {t([2, 3, 4])}
  }}
"""


def fc_chain(r):
    s = const("shape", [3, 4], [2], "i32") + const("w", floats(r, 5 * 4, 0.7), [5, 4])
    s += const("row", floats(r, 5), [1, 5]) + const("perm", [1, 0], [2], "i32")
    s += '    %none = "tfl.no_value"() {value} : () -> none\n'
    return f"""func.func @main(%arg0: {t([2, 6])}) -> {t([5, 4])} {{
{s}    %0 = "tfl.reshape"(%arg0, %shape) : ({t([2, 6])}, {t([2], "i32")}) -> {t([3, 4])} loc("reshape")
    %1 = "tfl.fully_connected"(%0, %w, %none) {{fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"}} : ({t([3, 4])}, {t([5, 4])}, none) -> {t([3, 5])} loc("dense_without_bias")
    %2 = "tfl.relu"(%1) : ({t([3, 5])}) -> {t([3, 5])} loc("relu")
    %3 = "tfl.concatenation"(%2, %row) {{axis = 0 : i32, fused_activation_function = "NONE"}} : ({t([3, 5])}, {t([1, 5])}) -> {t([4, 5])} loc("concat")
    %4 = "tfl.transpose"(%3, %perm) : ({t([4, 5])}, {t([2], "i32")}) -> {t([5, 4])} loc("transpose")
    %5 = "tfl.logistic"(%4) : ({t([5, 4])}) -> {t([5, 4])} loc("logistic")
    %6 = "tfl.tanh"(%5) : ({t([5, 4])}) -> {t([5, 4])} loc("a_very_long_location_name_that_lce_cuts_to_fifty_characters/tanh")
    return %6 : {t([5, 4])}
  }}
"""


def depthwise(r):
    s = const("w", floats(r, 3 * 3 * 4, 0.5), [1, 3, 3, 4]) + const("b", floats(r, 4, 0.1), [4])
    return f"""func.func @main(%arg0: {t([1, 6, 6, 2])}) -> {t([1, 6, 6, 4])} {{
{s}    %0 = "tfl.depthwise_conv_2d"(%arg0, %w, %b) {{depth_multiplier = 2 : i32, dilation_h_factor = 2 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32}} : ({t([1, 6, 6, 2])}, {t([1, 3, 3, 4])}, {t([4])}) -> {t([1, 6, 6, 4])} loc("depthwise")
    return %0 : {t([1, 6, 6, 4])}
  }}
"""


def int8_fc(r):
    qin = "!quant.uniform<i8:f32, 5.000000e-02:-3>"
    qw = "!quant.uniform<i8:f32, 2.000000e-02>"
    qb = "!quant.uniform<i32:f32, 1.000000e-03>"
    qfc = "!quant.uniform<i8:f32, 1.000000e-01:2>"
    qc = "!quant.uniform<i8:f32, 5.000000e-02:1>"
    qout = "!quant.uniform<i8:f32, 1.500000e-01:-1>"
    w = [r.randint(-127, 127) for _ in range(4 * 8)]
    b = [r.randint(-2000, 2000) for _ in range(4)]
    c = [r.randint(-128, 127) for _ in range(4)]
    return f"""func.func @main(%arg0: {t([1, 8])}) -> {t([1, 4])} {{
    %w = "tfl.pseudo_const"() {{value = {dense(w, [4, 8], "i8")}}} : () -> tensor<4x8x{qw}>
    %b = "tfl.pseudo_const"() {{value = {dense(b, [4], "i32")}}} : () -> tensor<4x{qb}>
    %c = "tfl.pseudo_const"() {{value = {dense(c, [4], "i8")}}} : () -> tensor<4x{qc}>
    %0 = "tfl.quantize"(%arg0) {{qtype = tensor<1x8x{qin}>}} : ({t([1, 8])}) -> tensor<1x8x{qin}> loc("quantize")
    %1 = "tfl.fully_connected"(%0, %w, %b) {{fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"}} : (tensor<1x8x{qin}>, tensor<4x8x{qw}>, tensor<4x{qb}>) -> tensor<1x4x{qfc}> loc("dense")
    %2 = tfl.add(%1, %c) {{fused_activation_function = "NONE"}} : (tensor<1x4x{qfc}>, tensor<4x{qc}>) -> tensor<1x4x{qout}> loc("add")
    %3 = "tfl.dequantize"(%2) : (tensor<1x4x{qout}>) -> {t([1, 4])} loc("dequantize")
    return %3 : {t([1, 4])}
  }}
"""


def int8_cnn(r):
    """int8 end to end: per-channel conv and depthwise, pools, pad, concatenation, mean, reshape, fc, softmax."""
    qin = "!quant.uniform<i8:f32, 7.843137e-03:-1>"        # about [-1, 1]
    qa = "!quant.uniform<i8:f32, 2.000000e-02:-10>"        # activations
    qs = "!quant.uniform<i8:f32, 3.906250e-03:-128>"       # softmax output: 1/256, -128
    ws = [round(r.uniform(0.004, 0.01), 6) for _ in range(4)]
    qw = "!quant.uniform<i8<-127:127>:f32:0, {" + ",".join(f"{s:e}" for s in ws) + "}>"
    qb = "!quant.uniform<i32:f32:0, {" + ",".join(f"{7.843137e-03 * s:e}" for s in ws) + "}>"
    ds = [round(r.uniform(0.004, 0.01), 6) for _ in range(4)]
    qdw = "!quant.uniform<i8<-127:127>:f32:3, {" + ",".join(f"{s:e}" for s in ds) + "}>"
    qdb = "!quant.uniform<i32:f32:0, {" + ",".join(f"{2e-02 * s:e}" for s in ds) + "}>"
    qfw = "!quant.uniform<i8<-127:127>:f32, 1.000000e-02>"
    qfb = "!quant.uniform<i32:f32, 2.000000e-04>"
    qfc = "!quant.uniform<i8:f32, 5.000000e-02:3>"
    w = [r.randint(-127, 127) for _ in range(4 * 3 * 3 * 3)]
    b = [r.randint(-300, 300) for _ in range(4)]
    dw = [r.randint(-127, 127) for _ in range(3 * 3 * 4)]
    db = [r.randint(-300, 300) for _ in range(4)]
    fw = [r.randint(-127, 127) for _ in range(5 * 8)]
    fb = [r.randint(-500, 500) for _ in range(5)]
    A = lambda shape: f"tensor<{'x'.join(map(str, shape))}x{qa}>"
    s = f"""    %w = "tfl.pseudo_const"() {{value = {dense(w, [4, 3, 3, 3], "i8")}}} : () -> tensor<4x3x3x3x{qw}>
    %b = "tfl.pseudo_const"() {{value = {dense(b, [4], "i32")}}} : () -> tensor<4x{qb}>
    %dw = "tfl.pseudo_const"() {{value = {dense(dw, [1, 3, 3, 4], "i8")}}} : () -> tensor<1x3x3x4x{qdw}>
    %db = "tfl.pseudo_const"() {{value = {dense(db, [4], "i32")}}} : () -> tensor<4x{qdb}>
    %fw = "tfl.pseudo_const"() {{value = {dense(fw, [5, 8], "i8")}}} : () -> tensor<5x8x{qfw}>
    %fb = "tfl.pseudo_const"() {{value = {dense(fb, [5], "i32")}}} : () -> tensor<5x{qfb}>
{const("pads", [0, 0, 1, 1, 1, 1, 0, 0], [4, 2], "i32")}{const("axes", [1, 2], [2], "i32")}{const("shape", [1, 8], [2], "i32")}"""
    return f"""func.func @main(%arg0: {t([1, 8, 8, 3])}) -> {t([1, 5])} {{
{s}    %q = "tfl.quantize"(%arg0) {{qtype = tensor<1x8x8x3x{qin}>}} : ({t([1, 8, 8, 3])}) -> tensor<1x8x8x3x{qin}> loc("quantize")
    %0 = "tfl.conv_2d"(%q, %w, %b) {{dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "RELU", padding = "SAME", stride_h = 2 : i32, stride_w = 2 : i32}} : (tensor<1x8x8x3x{qin}>, tensor<4x3x3x3x{qw}>, tensor<4x{qb}>) -> {A([1, 4, 4, 4])} loc("conv")
    %1 = "tfl.depthwise_conv_2d"(%0, %dw, %db) {{depth_multiplier = 1 : i32, dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = "NONE", padding = "SAME", stride_h = 1 : i32, stride_w = 1 : i32}} : ({A([1, 4, 4, 4])}, tensor<1x3x3x4x{qdw}>, tensor<4x{qdb}>) -> {A([1, 4, 4, 4])} loc("depthwise")
    %2 = "tfl.max_pool_2d"(%1) {{filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32}} : ({A([1, 4, 4, 4])}) -> {A([1, 2, 2, 4])} loc("max_pool")
    %3 = "tfl.pad"(%1, %pads) : ({A([1, 4, 4, 4])}, {t([4, 2], "i32")}) -> {A([1, 6, 6, 4])} loc("pad")
    %4 = "tfl.average_pool_2d"(%3) {{filter_height = 3 : i32, filter_width = 3 : i32, fused_activation_function = "NONE", padding = "VALID", stride_h = 2 : i32, stride_w = 2 : i32}} : ({A([1, 6, 6, 4])}) -> {A([1, 2, 2, 4])} loc("avg_pool")
    %5 = "tfl.concatenation"(%2, %4) {{axis = 3 : i32, fused_activation_function = "NONE"}} : ({A([1, 2, 2, 4])}, {A([1, 2, 2, 4])}) -> {A([1, 2, 2, 8])} loc("concat")
    %6 = "tfl.mean"(%5, %axes) {{keep_dims = true}} : ({A([1, 2, 2, 8])}, {t([2], "i32")}) -> {A([1, 1, 1, 8])} loc("mean")
    %7 = "tfl.reshape"(%6, %shape) : ({A([1, 1, 1, 8])}, {t([2], "i32")}) -> {A([1, 8])} loc("reshape")
    %8 = "tfl.fully_connected"(%7, %fw, %fb) {{fused_activation_function = "NONE", keep_num_dims = false, weights_format = "DEFAULT"}} : ({A([1, 8])}, tensor<5x8x{qfw}>, tensor<5x{qfb}>) -> tensor<1x5x{qfc}> loc("dense")
    %9 = "tfl.softmax"(%8) {{beta = 1.000000e+00 : f32}} : (tensor<1x5x{qfc}>) -> tensor<1x5x{qs}> loc("softmax")
    %10 = "tfl.dequantize"(%9) : (tensor<1x5x{qs}>) -> {t([1, 5])} loc("dequantize")
    return %10 : {t([1, 5])}
  }}
"""


MODELS = {
    "float_conv_pool": conv_pool,
    "float_broadcast": broadcast,
    "float_fc_chain": fc_chain,
    "float_depthwise": depthwise,
    "int8_fc_add": int8_fc,
    "int8_cnn": int8_cnn,
}


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    for i, (name, make) in enumerate(MODELS.items()):
        text = "module {\n  " + make(random.Random(1000 + i)) + "}\n"
        (out / f"{name}.mlir").write_text(text)
        print(out / f"{name}.mlir")


if __name__ == "__main__":
    main()
