#!/bin/sh
# Regenerates cases/NAME.expected from MLIR's own PDLL pipeline (the oracle): mlir-pdll compiles
# the case's `// PDLL: file.pdll` to PDL, mlir-opt --test-pdl-bytecode-pass applies it to the
# case's IR (module @ir next to module @patterns); the @ir module is kept. A `// FLAGS: ...` line
# adds printing flags (with -mlir-print-debuginfo every op of the case carries an explicit loc).
cd "$(dirname "$0")" || exit 1
BIN=${LLVM_BIN:-/usr/lib/llvm-22/bin}
for f in cases/*.mlir; do
  pdll=$(sed -n 's|^// PDLL: *||p' "$f" | head -1)
  flags=$(sed -n 's|^// FLAGS: *||p' "$f" | head -1)
  patterns=$("$BIN/mlir-pdll" -x=mlir "$pdll" 2>/dev/null | grep -v '^#loc' | sed 's/ loc(#loc[0-9]*)//' | sed '1d;$d') || { echo "FAILED: $pdll"; continue; }
  {
    echo "module @patterns {"; echo "$patterns"; echo "}"
    echo "module @ir {"; grep -v '^// \(PDLL\|FLAGS\):' "$f"; echo "} loc(\"ir\")"
  } > /tmp/pdll-oracle-input.mlir
  # shellcheck disable=SC2086
  "$BIN/mlir-opt" $flags --test-pdl-bytecode-pass /tmp/pdll-oracle-input.mlir \
    | awk '/^  module @ir/ {keep=1} keep {print} keep && /^  }/ {exit}' > "${f%.mlir}.expected" || echo "FAILED: $f"
done
