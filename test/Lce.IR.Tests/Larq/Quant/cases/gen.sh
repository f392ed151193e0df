#!/bin/sh
# Regenerates the expected outputs of these cases with the reference tool (mlir-opt 22):
#   X.mlir         -> X.out (custom form) and X.generic.out (--mlir-print-op-generic)
#   invalid-*.mlir -> invalid-*.err (diagnostics of --split-input-file)
# A first line `// ARGS: <flags>` adds flags (e.g. a pass) to both runs.
set -e
cd "$(dirname "$0")"
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  b=${f%.mlir}
  args=$(sed -n '1s|^// ARGS: ||p' "$f")
  case "$b" in
    invalid-*)
      "$MLIR_OPT" $args --split-input-file "$f" > /dev/null 2> "$b.err" || true
      ;;
    *)
      "$MLIR_OPT" $args "$f" > "$b.out"
      "$MLIR_OPT" $args --mlir-print-op-generic "$f" > "$b.generic.out"
      ;;
  esac
done
