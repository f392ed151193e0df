#!/usr/bin/env python3
"""generate.py OUTDIR [MB] [CHECKS]: writes OUTDIR/input.mlir (about MB megabytes of
MLIR-like text) and OUTDIR/checks.txt with CHECKS check lines spread evenly over the
input. The checks mix fixed strings, {{regex}} pieces, string variables and -NEXT/-SAME,
like real MLIR tests do."""
import os, random, sys

out = sys.argv[1]
mb = float(sys.argv[2]) if len(sys.argv) > 2 else 20
nchecks = int(sys.argv[3]) if len(sys.argv) > 3 else 10000
rng = random.Random(42)
os.makedirs(out, exist_ok=True)

ops = ["arith.addi", "arith.muli", "tfl.add", "tfl.conv_2d", "lq.Bconv2d", "arith.constant", "tfl.reshape"]
lines = []
size = 0
target = int(mb * 1024 * 1024)
fn = 0
while size < target:
    if len(lines) % 200 == 0:
        line = f"func.func @fn{fn}(%arg0: tensor<1x{fn % 97}xf32>) -> tensor<1x{fn % 97}xf32> {{"
        fn += 1
    else:
        i = len(lines)
        line = f"  %{i % 1000} = {rng.choice(ops)} %{(i * 7) % 1000}, %arg0 : tensor<1x{i % 97}xf32> loc(#loc{i % 50})"
    lines.append(line)
    size += len(line) + 1
with open(os.path.join(out, "input.mlir"), "w") as f:
    f.write("\n".join(lines) + "\n")

step = max(1, len(lines) // nchecks)
checks = []
for k in range(nchecks):
    idx = min(k * step, len(lines) - 1)
    line = lines[idx].strip()
    kind = k % 5
    if line.startswith("func.func"):
        name = line.split("(")[0].split()[-1]
        checks.append(f"// CHECK-LABEL: {name}(" if kind == 0 else f"// CHECK: {name}(")
    elif kind == 0:
        checks.append(f"// CHECK: {line}")
    elif kind == 1:
        lhs, rhs = line.split(" = ", 1)
        checks.append(f"// CHECK: {{{{%[0-9]+}}}} = {rhs.split(' loc(')[0]}")
    elif kind == 2:
        lhs, rhs = line.split(" = ", 1)
        checks.append(f"// CHECK: %[[V{k}:[0-9]+]] = {rhs.split(' %')[0]}")
        checks.append(f"// CHECK-SAME: %arg0 : {{{{.*}}}}loc")
    elif kind == 3:
        checks.append(f"// CHECK: {line.split(' : ')[0]}")
    else:
        lhs, rhs = line.split(" = ", 1)
        checks.append(f"// CHECK: = {rhs.split(' %')[0]} {{{{%[0-9]+}}}}, %arg0")
with open(os.path.join(out, "checks.txt"), "w") as f:
    f.write("\n".join(checks) + "\n")
print(f"{len(lines)} input lines, {size / 1e6:.1f} MB, {len(checks)} check lines")
