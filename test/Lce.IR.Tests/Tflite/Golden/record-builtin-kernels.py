#!/usr/bin/env python3
"""Records NAME.builtin-kernels.json: the outputs of Models/NAME.mlir on the inputs of
Golden/NAME.json, computed by the real TFLite interpreter (the oracle's run-tflite) with
TFLite's own builtin kernels instead of the XNNPACK delegate.

Why: run-tflite always applies XNNPACK, which takes the int8 conv, depthwise, fully connected
and mean ops of a model and requantizes in float (scale product in fp32, round half to even),
where TFLite's builtin kernels (what LCE's interpreter runs: use_xnnpack=False) use fixed-point
multipliers (round half away from zero, twice). The results differ by a unit now and then,
which softmax can turn into two. XNNPACK only takes ops whose weights and parameters are
constant tensors, so this script turns every integer constant (weights, biases, paddings, axes,
shapes) into a graph input fed with the same values: the computation is unchanged and no op is
delegated (checked with the runner's profile). Outputs of ops with non-constant parameters are
resized at Invoke, so the oracle's runner is used through a copy that reads the outputs after
Invoke.

usage: record-builtin-kernels.py NAME [ORACLE_DIR]   (ORACLE_DIR default /tmp/tflite-oracle)
"""
import json, os, re, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.abspath(os.path.join(here, "..", "..", "..", ".."))
name = sys.argv[1]
oracle = sys.argv[2] if len(sys.argv) > 2 else "/tmp/tflite-oracle"
model = open(os.path.join(root, "test", "Lce.IR.Tests", "Tflite", "Models", name + ".mlir")).read()
recorded = json.load(open(os.path.join(here, name + ".json")))

CONST = re.compile(r'\s*(%\w+) = (?:"tfl\.pseudo_const"\(\) \{value = |arith\.constant )dense<(.*)> : tensor<((?:\d+x)*)(i8|i32)>(?:\} : \(\) -> (.*))?$')
args, inputs, body = [], [], []
for line in model.split("\n"):
    m = CONST.match(line)
    if not m:
        body.append(line)
        continue
    value, values, dims, elem, typed = m.groups()
    shape = [int(d) for d in dims.split("x") if d]
    count = 1
    for d in shape:
        count *= d
    data = [int(v) for v in re.findall(r"-?\d+", values)]
    if len(data) == 1 and count > 1:
        data *= count  # a splat
    assert len(data) == count, f"{value}: {len(data)} values for {shape}"
    args.append(f"{value}: {(typed or f'tensor<{dims}{elem}>').strip()}")
    inputs.append({"shape": shape, "dtype": "int8" if elem == "i8" else "int32", "data": data})

text = "\n".join(body)
head = re.search(r"func\.func @main\(([^)]*)\)", text)
text = text[:head.end(1)] + ", " + ", ".join(args) + text[head.end(1):]

with tempfile.TemporaryDirectory() as tmp:
    lifted, tflite, feed = (os.path.join(tmp, f) for f in ("lifted.mlir", "lifted.tflite", "inputs.json"))
    open(lifted, "w").write(text)
    json.dump({"inputs": recorded["inputs"] + inputs}, open(feed, "w"))
    translate = os.path.join(root, "tools", "lce-translate", "bin", "Debug", "net10.0", "lce-translate")
    subprocess.run([translate, "--mlir-to-tflite", lifted, "-o", tflite], check=True)
    os.makedirs(os.path.join(tmp, "lib"))
    os.symlink(os.path.join(oracle, "node_modules"), os.path.join(tmp, "node_modules"))
    runner = open(os.path.join(oracle, "lib", "run_tflite.js")).read()
    infer = "    const okInfer = runner.Infer();\n"
    assert infer in runner, "the oracle's runner changed: update this script"
    runner = runner.replace(infer, infer + "    outs.splice(0, outs.length, ...vecToArray(runner.GetOutputs()));\n")
    open(os.path.join(tmp, "lib", "run_tflite.js"), "w").write(runner)
    out = json.loads(subprocess.run(["node", os.path.join(tmp, "lib", "run_tflite.js"), tflite, feed, "--profile"],
                                    check=True, capture_output=True, text=True).stdout)

assert out["ok"], out.get("error")
delegated = [p["nodeName"] for p in out["profile"] if "XNNPack" in p["nodeType"]]
assert not delegated, f"still delegated to XNNPACK: {delegated}"
result = {"source": "run-tflite (TFLite interpreter) with TFLite's builtin kernels (record-builtin-kernels.py)",
          "inputs": recorded["inputs"],
          "outputs": [{"name": o["name"], "dtype": o["dtype"], "shape": o["shape"], "data": o["data"]} for o in out["outputs"]],
          "kernels": [p["nodeType"] for p in out["profile"]]}
with open(os.path.join(here, name + ".builtin-kernels.json"), "w") as f:
    json.dump(result, f)
    f.write("\n")
print("wrote", name + ".builtin-kernels.json:", result["outputs"][0]["data"])
