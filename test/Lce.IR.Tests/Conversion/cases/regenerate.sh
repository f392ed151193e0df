#!/bin/sh
# Regenerates the expected outputs of the conversion differential cases with MLIR's own tools.
# Each NAME.mlir starts with "// MLIR-OPT: <flags>"; NAME.mlir.out gets mlir-opt's stdout and
# NAME.mlir.err its diagnostics (only the "file:line:col:" lines, not the source excerpts).
set -u
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
cd "$(dirname "$0")"
for f in *.mlir; do
  flags=$(head -1 "$f" | sed -n 's|^// MLIR-OPT: ||p')
  "$MLIR_OPT" --allow-unregistered-dialect "$flags" "$f" > "$f.out" 2> "$f.err.raw"
  grep "^$f:" "$f.err.raw" > "$f.err" || true
  rm -f "$f.err.raw"
  [ -s "$f.err" ] || rm -f "$f.err"
done
