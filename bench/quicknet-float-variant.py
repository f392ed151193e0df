#!/usr/bin/env python3
"""Turns a QuickNet-like model from examples/quicknet/generate.py into its float version: every
binary block's sign (GreaterEqual + SelectV2) is dropped, so the 3x3 convolution sees the
real-valued activations and stays a float conv through the LCE pipeline. Same weights, same
topology; only the binarization is gone.

    python3 bench/quicknet-float-variant.py IN.mlir OUT.mlir
"""
import re
import sys

src, dst = sys.argv[1], sys.argv[2]
lines = open(src).read().split("\n")
compare_input = {}   # %pos -> the activation it compares
sign_input = {}      # %sign -> the activation it binarizes
out = []
for line in lines:
    m = re.match(r'\s*(%\w+) = "tf.GreaterEqual"\((%\w+), ', line)
    if m:
        compare_input[m.group(1)] = m.group(2)
        continue
    m = re.match(r'\s*(%\w+) = "tf.SelectV2"\((%\w+), ', line)
    if m and m.group(2) in compare_input:
        sign_input[m.group(1)] = compare_input[m.group(2)]
        continue
    out.append(line)
text = "\n".join(out)
for sign, x in sign_input.items():
    text = re.sub(re.escape(sign) + r"\b", x, text)
open(dst, "w").write(text)
print(f"{len(sign_input)} sign(s) removed", file=sys.stderr)
