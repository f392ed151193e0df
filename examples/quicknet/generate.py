#!/usr/bin/env python3
"""Writes a QuickNet-like binarized network in the tf dialect, with random weights, to stdout or
a file: a float stem, four sections of binary residual blocks at 64/128/256/512 channels (each
block: ste_sign, 3x3 binary conv padded with ones, relu, batch norm, shortcut add), transitions
of 2x2 max-pool and a float 1x1 conv, and a float head (relu, global average pool, dense,
softmax). Weights are dense hex constants, so the file stays parseable at any size.

    python3 examples/quicknet/generate.py --blocks 2 --size 64 -o /tmp/quicknet.mlir
"""
import argparse
import random
import struct

p = argparse.ArgumentParser()
p.add_argument("--blocks", type=int, default=2, help="binary blocks per section")
p.add_argument("--size", type=int, default=64, help="input height and width (a multiple of 32)")
p.add_argument("--classes", type=int, default=10)
p.add_argument("--seed", type=int, default=7)
p.add_argument("-o", "--output", default="-")
args = p.parse_args()
rng = random.Random(args.seed)
SECTIONS = [64, 128, 256, 512]


def t(shape, e="f32"):
    return "tensor<" + "".join(f"{d}x" for d in shape) + e + ">"


def hexdense(values, fmt="<f"):
    return '"0x' + b"".join(struct.pack(fmt, v) for v in values).hex().upper() + '"'


class Writer:
    def __init__(self):
        self.lines, self.n = [], 0

    def name(self, base):
        self.n += 1
        return f"%{base}{self.n}"

    def const(self, values, shape, e="f32", fmt="<f"):
        v = self.name("w")
        self.lines.append(f'  {v} = "tf.Const"() {{value = dense<{hexdense(values, fmt)}> : {t(shape, e)}}} : () -> {t(shape, e)}')
        return v

    def scalar(self, x):
        v = self.name("c")
        self.lines.append(f'  {v} = "tf.Const"() {{value = dense<{x!r}> : tensor<f32>}} : () -> tensor<f32>')
        return v

    def op(self, name, operands, types, result, attrs=""):
        v = self.name("x")
        a = f" {{{attrs}}}" if attrs else ""
        self.lines.append(f'  {v} = "tf.{name}"({", ".join(operands)}){a} : ({", ".join(types)}) -> {result}')
        return v


w = Writer()
conv_attrs = lambda pad, s: f'data_format = "NHWC", dilations = [1, 1, 1, 1], padding = "{pad}", strides = [1, {s}, {s}, 1]'


def float_conv(x, shape, k, cout, stride, pad="SAME"):
    n, h, wd, cin = shape
    filt = w.const([rng.gauss(0, (2.0 / (k * k * cin)) ** 0.5) for _ in range(k * k * cin * cout)], (k, k, cin, cout))
    out = (n, -(-h // stride), -(-wd // stride), cout)
    return w.op("Conv2D", [x, filt], [t(shape), t((k, k, cin, cout))], t(out), conv_attrs(pad, stride)), out


def batch_norm(x, shape):
    c = shape[-1]
    scale = w.const([rng.uniform(0.5, 1.5) for _ in range(c)], (c,))
    offset = w.const([rng.uniform(-0.5, 0.5) for _ in range(c)], (c,))
    y = w.op("Mul", [x, scale], [t(shape), t((c,))], t(shape))
    return w.op("AddV2", [y, offset], [t(shape), t((c,))], t(shape))


def binary_block(x, shape):
    n, h, wd, c = shape
    zero, one, minus = w.scalar(0.0), w.scalar(1.0), w.scalar(-1.0)
    pos = w.op("GreaterEqual", [x, zero], [t(shape), "tensor<f32>"], t(shape, "i1"))
    sign = w.op("SelectV2", [pos, one, minus], [t(shape, "i1"), "tensor<f32>", "tensor<f32>"], t(shape))
    pads = w.const([0, 0, 1, 1, 1, 1, 0, 0], (4, 2), "i32", "<i")
    padded_shape = (n, h + 2, wd + 2, c)
    padded = w.op("PadV2", [sign, pads, one], [t(shape), t((4, 2), "i32"), "tensor<f32>"], t(padded_shape))
    filt = w.const([rng.choice((1.0, -1.0)) for _ in range(9 * c * c)], (3, 3, c, c))
    y = w.op("Conv2D", [padded, filt], [t(padded_shape), t((3, 3, c, c))], t(shape), conv_attrs("VALID", 1))
    y = w.op("Relu", [y], [t(shape)], t(shape))
    y = batch_norm(y, shape)
    return w.op("AddV2", [x, y], [t(shape), t(shape)], t(shape))


size = args.size
inp = (1, size, size, 3)
x, shape = float_conv("%input", inp, 3, 32, 2)
x = w.op("Relu", [x], [t(shape)], t(shape))
x, shape = float_conv(x, shape, 3, SECTIONS[0], 2)
x = batch_norm(x, shape)
for i, channels in enumerate(SECTIONS):
    if i > 0:
        n, h, wd, c = shape
        pooled = (n, h // 2, wd // 2, c)
        x = w.op("MaxPool", [x], [t(shape)], t(pooled), 'data_format = "NHWC", ksize = [1, 2, 2, 1], padding = "VALID", strides = [1, 2, 2, 1]')
        x, shape = float_conv(x, pooled, 1, channels, 1)
        x = batch_norm(x, shape)
    for _ in range(args.blocks):
        x = binary_block(x, shape)
x = w.op("Relu", [x], [t(shape)], t(shape))
axes = w.const([1, 2], (2,), "i32", "<i")
pooled = (1, shape[-1])
x = w.op("Mean", [x, axes], [t(shape), t((2,), "i32")], t(pooled), "keep_dims = false")
dense = w.const([rng.gauss(0, 0.05) for _ in range(shape[-1] * args.classes)], (shape[-1], args.classes))
logits = (1, args.classes)
x = w.op("MatMul", [x, dense], [t(pooled), t((shape[-1], args.classes))], t(logits), "transpose_a = false, transpose_b = false")
bias = w.const([0.0] * args.classes, (args.classes,))
x = w.op("AddV2", [x, bias], [t(logits), t((args.classes,))], t(logits))
x = w.op("Softmax", [x], [t(logits)], t(logits))

text = (f"// QuickNet-like binarized network (generate.py --blocks {args.blocks} --size {args.size} "
        f"--classes {args.classes} --seed {args.seed}).\n"
        f"func.func @main(%input: {t(inp)}) -> {t(logits)} {{\n" + "\n".join(w.lines) +
        f"\n  return {x} : {t(logits)}\n}}\n")
if args.output == "-":
    print(text, end="")
else:
    with open(args.output, "w") as f:
        f.write(text)
