#!/usr/bin/env python3
"""triage.py CHECK_OUTPUT : summarise a saved `check.sh` output as markdown for TRIAGE.md.

Groups cases that fail only because lce-opt does not know a pass or flag yet (first stderr line
of ours), and lists every other failing case with its first difference (a `<` line is
mlir-opt's, `>` ours; `err`/`out` says which stream)."""
import re
import sys
from collections import defaultdict

text = open(sys.argv[1]).read()
blocks = re.findall(r"^DIFF (\S+): (.*?) \(mlir-opt rc=(\d+), ours rc=(\d+)\)\n((?:  .*\n?)*)", text, re.M)
unknown = defaultdict(list)
other = []
for name, args, rc_ref, rc_our, body in blocks:
    lines = [l[2:] for l in body.splitlines()]
    m = next((re.search(r"Unknown command line argument '(-[^']+)'|'([\w-]+)' does not refer to a registered pass", l)
              for l in lines if l.startswith("err >") and ("Unknown command line" in l or "does not refer" in l)), None)
    if m:
        unknown[m.group(1) or m.group(2)].append(name)
        continue
    first = next((l for l in lines if re.match(r"(err|out) [<>]", l)), lines[0] if lines else "")
    other.append((name, args, rc_ref, rc_our, first))

summary = re.search(r"^(\d+)/(\d+) identical", text, re.M)
if summary:
    print("**%s/%s identical.**\n" % summary.groups())
if unknown:
    print("### Not available in lce-opt yet\n")
    for what, names in sorted(unknown.items()):
        print("- `%s` (%d cases): %s" % (what, len(names), ", ".join(names)))
    print()
if other:
    print("### Output differs\n")
    print("| case | rc mlir/ours | first difference |")
    print("|---|---|---|")
    for name, args, rc_ref, rc_our, first in other:
        print("| %s | %s/%s | `%s` |" % (name, rc_ref, rc_our, first.replace("|", "\\|")[:110]))
