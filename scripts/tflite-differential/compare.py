#!/usr/bin/env python3
"""Compares lce-run's JSON outputs with run-tflite's: usage compare.py LCE_RUN.json RUN_TFLITE.json

float32 outputs must agree within 1e-5 relative (absolute 1e-6 near zero), integer outputs within
1 unit. Prints the largest differences; exit 1 on a mismatch.
"""
import json
import sys

ours = json.load(open(sys.argv[1]))["outputs"]
theirs = json.load(open(sys.argv[2]))["outputs"]
ok = len(ours) == len(theirs)
for a, b in zip(ours, theirs):
    da, db = a["data"], b["data"]
    if len(da) != len(db):
        ok = False
        print(f"{a.get('name')}: {len(da)} values vs {len(db)}")
        continue
    worst = 0.0
    for x, y in zip(da, db):
        x, y = float(x), float(y)
        if b["dtype"] == "float32":
            err = abs(x - y) / max(abs(y), 0.1)
            bad = abs(x - y) > max(1e-5 * abs(y), 1e-6)
        else:
            err = abs(x - y)
            bad = err > 1
        worst = max(worst, err)
        ok &= not bad
    print(f"  {b['name']} ({b['dtype']}{b['shape']}): max difference {worst:.3g}")
sys.exit(0 if ok else 1)
