#!/bin/sh
# Regenerates the expected outputs of the pass differential tests with mlir-opt 22.
# Each case's first line is `// ARGS: <mlir-opt pass flags>`; the output (or, when mlir-opt
# fails, its exit code and error text) goes to <dir>/expected/<case>.out / .err.
# Usage: test/passes/regen.sh [case.mlir...]   (default: the cse, symbol-dce and inline suites)
set -eu
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
cd "$(dirname "$0")"
files=${*:-$(ls cse/*.mlir symbol-dce/*.mlir inline/*.mlir)}
for f in $files; do
  dir=$(dirname "$f"); name=$(basename "$f" .mlir)
  args=$(sed -n '1s|^// ARGS: ||p' "$f")
  mkdir -p "$dir/expected"
  rm -f "$dir/expected/$name.out" "$dir/expected/$name.err"
  if (cd "$dir" && eval "\"$MLIR_OPT\" --allow-unregistered-dialect $args \"$name.mlir\"") >"$dir/expected/$name.out" 2>"$dir/expected/$name.err"; then
    rm -f "$dir/expected/$name.err"
  else
    rm -f "$dir/expected/$name.out"
  fi
done
