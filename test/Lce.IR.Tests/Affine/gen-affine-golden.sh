#!/usr/bin/env bash
# Regenerates affine-golden.txt from affine-golden-inputs.txt using the reference mlir-opt.
# Each input line is an affine_map / affine_set body ("\n" stands for a newline). Each output
# line is "<input>\t<expected>", where <expected> is the body mlir-opt prints, or
# "error:<offset>:<message>" with the 0-based character offset of the error within the body.
set -euo pipefail
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
here=$(cd "$(dirname "$0")" && pwd)
prefix='"test.op"() {m = '
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
out="$here/affine-golden.txt"
: > "$out"
while IFS= read -r body || [ -n "$body" ]; do
  if [[ $body == *:* && $body != *"->"* ]]; then kw=affine_set; else kw=affine_map; fi
  printf '%s%s<%b>} : () -> ()\n' "$prefix" "$kw" "$body" > "$tmp/in.mlir"
  if "$MLIR_OPT" --allow-unregistered-dialect --mlir-print-local-scope "$tmp/in.mlir" > "$tmp/out" 2> "$tmp/err"; then
    expected=$(grep 'test.op' "$tmp/out" | sed -E 's/.*\{m = affine_(map|set)<//; s/>\} : \(\) -> \(\)$//')
  else
    # "<file>:1:<col>: error: <message>"; the body starts right after the prefix and "<kw><".
    first=$(grep -m1 ': error: ' "$tmp/err")
    col=$(sed -E 's/^[^:]*:[0-9]+:([0-9]+): error: .*/\1/' <<<"$first")
    msg=$(sed -E 's/^[^:]*:[0-9]+:[0-9]+: error: //' <<<"$first")
    offset=$((col - 1 - ${#prefix} - ${#kw} - 1))
    expected="error:$offset:$msg"
  fi
  printf '%s\t%s\n' "$body" "$expected" >> "$out"
done < "$here/affine-golden-inputs.txt"
echo "wrote $(wc -l < "$out") cases to $out"
