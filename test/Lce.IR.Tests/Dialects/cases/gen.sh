#!/bin/sh
# Regenerates the expected outputs of the dialect cases with the reference tool (mlir-opt 22.1.8):
#   X.mlir -> X.out (custom form), X.generic.out (--mlir-print-op-generic)
#   invalid.mlir -> invalid.err (diagnostics of -split-input-file, one chunk per case)
set -e
cd "$(dirname "$0")"
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  b=${f%.mlir}
  if [ "$b" = invalid ]; then
    "$MLIR_OPT" -split-input-file "$f" > /dev/null 2> invalid.err || true
    continue
  fi
  "$MLIR_OPT" "$f" > "$b.out"
  "$MLIR_OPT" --mlir-print-op-generic "$f" > "$b.generic.out"
done
