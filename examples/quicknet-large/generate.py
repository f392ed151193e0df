#!/usr/bin/env python3
"""Writes a QuickNet-Large-sized binarized network in the tf dialect, as TensorFlow's importer
gives a Keras model: a dynamic batch dimension, Identity ops, batch norms as FusedBatchNormV3,
Conv2D + BiasAdd, Larq's ste_sign as GreaterEqual/SelectV2 and binary convolutions padded with
ones (PadV2 + VALID Conv2D). Layout, after larq_zoo's QuickNet family:

  stem:        3x3/2 conv (3 -> 16) + BN + relu, 3x3/2 depthwise conv + BN, 1x1 conv -> 64 + BN
  sections:    64, 128, 256, 512 channels; blocks per section from --blocks
  block:       ste_sign -> 3x3 binary conv (padded with ones) -> relu -> BN -> add shortcut
  transition:  relu -> 2x2/2 max-pool -> 1x1 conv (-> next width) + BN
  head:        relu -> global average pool -> dense (MatMul + BiasAdd) -> softmax

Weights are random (float, or +-1 for binary kernels) and written as hex dense constants.
The default (--blocks 4,6,7,2, 224x224, 1000 classes) holds about 42 MB of float weights.

    python3 examples/quicknet-large/generate.py -o /tmp/quicknet-large.mlir
"""
import argparse
import array
import math
import random

p = argparse.ArgumentParser()
p.add_argument("--blocks", default="4,6,7,2", help="binary blocks per section (4 sections)")
p.add_argument("--size", type=int, default=224, help="input height and width (a multiple of 32)")
p.add_argument("--classes", type=int, default=1000)
p.add_argument("--seed", type=int, default=11)
p.add_argument("-o", "--output", default="-")
args = p.parse_args()
rng = random.Random(args.seed)
SECTIONS = [64, 128, 256, 512]
BLOCKS = [int(b) for b in args.blocks.split(",")]
assert len(BLOCKS) == 4, "--blocks takes four numbers"


def t(shape, e="f32"):
    return "tensor<" + "".join(("?" if d is None else str(d)) + "x" for d in shape) + e + ">"


def floats(n, scale):
    """n random f32 (little-endian bytes) of random sign and mantissa whose magnitudes lie in
    [2^e, 2^(e+1)) with 2^(e+1) <= scale: built on bytes, since a Python loop per weight would
    take minutes for QuickNet-Large."""
    e = math.floor(math.log2(scale)) - 1 + 127
    raw = bytearray(rng.randbytes(4 * n))
    raw[3::4] = bytes(raw[3::4]).translate(bytes((x & 0x80) | (e >> 1) for x in range(256)))
    raw[2::4] = bytes(raw[2::4]).translate(bytes((x & 0x7F) | ((e & 1) << 7) for x in range(256)))
    return bytes(raw)


def signs(n):
    """n random +-1.0 as f32: 0x3F800000 / 0xBF800000."""
    raw = bytearray(4 * n)
    raw[2::4] = b"\x80" * n
    raw[3::4] = rng.randbytes(n).translate(bytes(0x3F | (x & 0x80) for x in range(256)))
    return bytes(raw)


class Writer:
    def __init__(self):
        self.lines, self.n = [], 0
        self.weight_bytes = 0

    def name(self, base):
        self.n += 1
        return f"%{base}{self.n}"

    def const(self, raw, shape, e="f32"):
        v = self.name("w")
        self.weight_bytes += len(raw)
        self.lines.append(f'  {v} = "tf.Const"() {{value = dense<"0x{raw.hex().upper()}"> : {t(shape, e)}}} : () -> {t(shape, e)}')
        return v

    def scalar(self, x):
        v = self.name("c")
        self.lines.append(f'  {v} = "tf.Const"() {{value = dense<{x!r}> : tensor<f32>}} : () -> tensor<f32>')
        return v

    def op(self, name, operands, types, results, attrs=""):
        v = self.name("x")
        a = f" {{{attrs}}}" if attrs else ""
        res = results if isinstance(results, str) else "(" + ", ".join(results) + ")"
        lhs = v if isinstance(results, str) else f"{v}:{len(results)}"
        self.lines.append(f'  {lhs} = "tf.{name}"({", ".join(operands)}){a} : ({", ".join(types)}) -> {res}')
        return v if isinstance(results, str) else f"{v}#0"


w = Writer()
ZERO, ONE, MINUS = w.scalar(0.0), w.scalar(1.0), w.scalar(-1.0)


def conv_attrs(pad, s):
    return f'data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "{pad}", strides = [1, {s}, {s}, 1]'


def out_size(h, k, s, pad):
    return -(-h // s) if pad == "SAME" else (h - k) // s + 1


def conv(x, shape, k, cout, stride, pad="SAME", bias=False):
    n, h, wd, cin = shape
    filt = w.const(floats(k * k * cin * cout, (6.0 / (k * k * cin)) ** 0.5), (k, k, cin, cout))
    out = (n, out_size(h, k, stride, pad), out_size(wd, k, stride, pad), cout)
    y = w.op("Conv2D", [x, filt], [t(shape), t((k, k, cin, cout))], t(out), conv_attrs(pad, stride))
    if bias:
        b = w.const(floats(cout, 0.1), (cout,))
        y = w.op("BiasAdd", [y, b], [t(out), t((cout,))], t(out), 'data_format = "NHWC"')
    return y, out


def depthwise(x, shape, k, stride):
    n, h, wd, c = shape
    filt = w.const(floats(k * k * c, (6.0 / (k * k)) ** 0.5), (k, k, c, 1))
    out = (n, -(-h // stride), -(-wd // stride), c)
    return w.op("DepthwiseConv2dNative", [x, filt], [t(shape), t((k, k, c, 1))], t(out), conv_attrs("SAME", stride)), out


def batch_norm(x, shape):
    c = shape[-1]
    gamma = w.const(array.array("f", (rng.uniform(0.5, 1.5) for _ in range(c))).tobytes(), (c,))
    beta = w.const(floats(c, 0.5), (c,))
    mean = w.const(floats(c, 0.5), (c,))
    var = w.const(array.array("f", (rng.uniform(0.5, 2.0) for _ in range(c))).tobytes(), (c,))
    vec = t((c,))
    return w.op("FusedBatchNormV3", [x, gamma, beta, mean, var], [t(shape), vec, vec, vec, vec],
                [t(shape), vec, vec, vec, vec, "tensor<*xf32>"],
                'data_format = "NHWC", epsilon = 1.000000e-03 : f32, exponential_avg_factor = 1.000000e+00 : f32, is_training = false')


def relu(x, shape):
    return w.op("Relu", [x], [t(shape)], t(shape))


def binary_block(x, shape):
    n, h, wd, c = shape
    pos = w.op("GreaterEqual", [x, ZERO], [t(shape), "tensor<f32>"], t(shape, "i1"))
    sign = w.op("SelectV2", [pos, ONE, MINUS], [t(shape, "i1"), "tensor<f32>", "tensor<f32>"], t(shape))
    pads = w.const(array.array("i", [0, 0, 1, 1, 1, 1, 0, 0]).tobytes(), (4, 2), "i32")
    padded_shape = (n, h + 2, wd + 2, c)
    padded = w.op("PadV2", [sign, pads, ONE], [t(shape), t((4, 2), "i32"), "tensor<f32>"], t(padded_shape))
    filt = w.const(signs(9 * c * c), (3, 3, c, c))
    y = w.op("Conv2D", [padded, filt], [t(padded_shape), t((3, 3, c, c))], t(shape), conv_attrs("VALID", 1))
    y = batch_norm(relu(y, shape), shape)
    return w.op("AddV2", [x, y], [t(shape), t(shape)], t(shape))


inp = (None, args.size, args.size, 3)
x = w.op("Identity", ["%input"], [t(inp)], t(inp))
x, shape = conv(x, inp, 3, SECTIONS[0] // 4, 2)
x = relu(batch_norm(x, shape), shape)
x, shape = depthwise(x, shape, 3, 2)
x = batch_norm(x, shape)
x, shape = conv(x, shape, 1, SECTIONS[0], 1)
x = batch_norm(x, shape)
for i, (channels, blocks) in enumerate(zip(SECTIONS, BLOCKS)):
    if i > 0:
        x = relu(x, shape)
        n, h, wd, c = shape
        pooled = (n, h // 2, wd // 2, c)
        x = w.op("MaxPool", [x], [t(shape)], t(pooled), 'data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]')
        x, shape = conv(x, pooled, 1, channels, 1)
        x = batch_norm(x, shape)
    for _ in range(blocks):
        x = binary_block(x, shape)
x = relu(x, shape)
axes = w.const(array.array("i", [1, 2]).tobytes(), (2,), "i32")
pooled = (None, shape[-1])
x = w.op("Mean", [x, axes], [t(shape), t((2,), "i32")], t(pooled), "keep_dims = false")
dense = w.const(floats(shape[-1] * args.classes, (6.0 / shape[-1]) ** 0.5), (shape[-1], args.classes))
logits = (None, args.classes)
x = w.op("MatMul", [x, dense], [t(pooled), t((shape[-1], args.classes))], t(logits), "transpose_a = false, transpose_b = false")
bias = w.const(floats(args.classes, 0.1), (args.classes,))
x = w.op("BiasAdd", [x, bias], [t(logits), t((args.classes,))], t(logits), 'data_format = "NHWC"')
x = w.op("Softmax", [x], [t(logits)], t(logits))
x = w.op("Identity", [x], [t(logits)], t(logits))

text = (f"// QuickNet-Large-sized binarized network (generate.py --blocks {args.blocks} --size {args.size} "
        f"--classes {args.classes} --seed {args.seed}); {w.weight_bytes / 1e6:.1f} MB of weights.\n"
        f"func.func @main(%input: {t(inp)}) -> {t(logits)} {{\n" + "\n".join(w.lines) +
        f"\n  return {x} : {t(logits)}\n}}\n")
if args.output == "-":
    print(text, end="")
else:
    with open(args.output, "w") as f:
        f.write(text)
