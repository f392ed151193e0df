#!/bin/sh
# Regenerates every NAME.expected from mlir-opt 22 (the oracle): run from any directory.
# A leading `// OPTIONS: a=b c=d` line gives canonicalize options, `// FLAGS: ...` extra mlir-opt flags.
cd "$(dirname "$0")" || exit 1
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
for f in *.mlir; do
  name=${f%.mlir}
  opts=$(sed -n 's|^// OPTIONS: *||p' "$f" | head -1)
  flags=$(sed -n 's|^// FLAGS: *||p' "$f" | head -1)
  # shellcheck disable=SC2086
  "$MLIR_OPT" --allow-unregistered-dialect $flags "--canonicalize=$opts" "$f" > "$name.expected" || echo "FAILED: $f"
done
