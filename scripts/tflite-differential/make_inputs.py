#!/usr/bin/env python3
"""Seeded random inputs for a model, from validate/decode output: usage make_inputs.py DECODED.json SEED > INPUTS.json

Floats are uniform in [-1, 1] rounded to float32 (so every tool reads the same bits); int8 inputs
uniform in [-128, 127]. The format is lce-run's ({"inputs": [{name, shape, dtype, data}]}), which
run-tflite also accepts.
"""
import json
import random
import struct
import sys

DTYPES = {"FLOAT32": "float32", "INT8": "int8", "INT32": "int32", "UINT8": "uint8", "BOOL": "bool"}

model = json.load(open(sys.argv[1]))
r = random.Random(int(sys.argv[2]))
g = model["subgraphs"][0]
inputs = []
for i in g["inputs"]:
    t = g["tensors"][i]
    n = 1
    for d in t["shape"]:
        n *= d
    dtype = DTYPES[t["type"]]
    if dtype == "float32":
        data = [struct.unpack("<f", struct.pack("<f", r.uniform(-1, 1)))[0] for _ in range(n)]
    elif dtype == "bool":
        data = [r.randint(0, 1) for _ in range(n)]
    else:
        data = [r.randint(-128, 127) for _ in range(n)]
    inputs.append({"name": t["name"], "shape": t["shape"], "dtype": dtype, "data": data})
json.dump({"inputs": inputs}, sys.stdout)
