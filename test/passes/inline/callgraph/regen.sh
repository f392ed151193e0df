#!/bin/sh
# Records mlir-opt 22's `-test-print-callgraph` dump (stderr) of each case as expected/<case>.txt.
set -eu
cd "$(dirname "$0")"
for f in *.mlir; do
  /usr/lib/llvm-22/bin/mlir-opt --allow-unregistered-dialect --test-print-callgraph "$f" -o /dev/null 2> "expected/${f%.mlir}.txt"
done
