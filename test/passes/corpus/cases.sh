#!/usr/bin/env bash
# cases.sh [FILE.mlir...] : list the corpus cases, one per line: "CASE<TAB>ARG<TAB>ARG...".
# CASE is "<stem>.<n>" (n = 1-based position of the invocation in the file's header); the ARGs
# are the exact mlir-opt arguments, the input's bare file name last. Header syntax: README.md.
# Run from anywhere; FILEs are names under inputs/ (default: all of them).
set -euo pipefail
cd "$(dirname "$0")/inputs"
if [ $# -gt 0 ]; then files=("$@"); else files=(*.mlir); fi
for f in "${files[@]}"; do
  f=$(basename "$f"); x=${f%.mlir}
  flags=$(sed -n 's|^// FLAGS:||p' "$f" | tr '\n' ' ')
  invs=$(sed -n 's|^// PIPELINES:||p' "$f" | tr '\n' ';')
  [ -n "${invs//[ ;]/}" ] || { echo "cases.sh: $f has no '// PIPELINES:' line" >&2; exit 2; }
  n=0
  IFS=';' read -r -a parts <<<"$invs"
  for inv in "${parts[@]}"; do
    [ -n "${inv// /}" ] || continue
    n=$((n+1))
    # xargs splits on blanks and honours single/double quotes (no backslash escapes used).
    mapfile -d '' -t args < <(xargs printf '%s\0' <<<"$flags $inv")
    line="$x.$n"
    for a in "${args[@]}"; do line+=$'\t'"$a"; done
    printf '%s\t%s\n' "$line" "$f"
  done
done
