#!/usr/bin/env bash
# regen.sh [FILE.mlir...] : record the real mlir-opt's stdout, stderr and exit code for every
# case of inputs/FILE.mlir (default: all inputs) under expected/. See README.md for the layout.
# Uses $MLIR_OPT (default /usr/lib/llvm-22/bin/mlir-opt).
set -uo pipefail
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
[ -x "$MLIR_OPT" ] || { echo "mlir-opt not found at $MLIR_OPT" >&2; exit 2; }
here=$(cd "$(dirname "$0")" && pwd)
list=$("$here/cases.sh" "$@") || exit 2
cd "$here/inputs"
exp="$here/expected"
mkdir -p "$exp"
if [ $# -gt 0 ]; then
  for f in "$@"; do x=$(basename "$f" .mlir); rm -f "$exp/$x".[0-9]*.*; done
else
  rm -f "$exp"/*
fi
n=0; nerr=0
while IFS=$'\t' read -r -a row; do
  c=${row[0]}; args=("${row[@]:1}")
  printf '%s\n' "${args[@]}" >"$exp/$c.args"
  "$MLIR_OPT" "${args[@]}" >"$exp/$c.out" 2>"$exp/$c.err"; rc=$?
  [ -s "$exp/$c.err" ] || rm -f "$exp/$c.err"
  if [ $rc -ne 0 ]; then echo "$rc" >"$exp/$c.rc"; nerr=$((nerr+1)); fi
  n=$((n+1))
done <<<"$list"
echo "recorded $n cases ($nerr with a non-zero exit code)"
