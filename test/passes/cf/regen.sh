#!/bin/sh
# Regenerates every NAME.expected in this directory from mlir-opt 22 (the oracle):
# `mlir-opt --allow-unregistered-dialect -canonicalize NAME.mlir`. Run from any directory.
cd "$(dirname "$0")" || exit 1
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  "$MLIR_OPT" --allow-unregistered-dialect --canonicalize "$f" > "${f%.mlir}.expected" || echo "FAILED: $f"
done
