#!/bin/sh
# Regenerates the expected outputs of the arith differential tests with the real mlir-opt 22.
# Each input X.mlir gets X.mlir.expected = `mlir-opt -canonicalize X.mlir`.
set -e
cd "$(dirname "$0")"
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  "$MLIR_OPT" -canonicalize "$f" > "$f.expected"
done
