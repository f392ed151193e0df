#!/usr/bin/env bash
# regen.sh [FILE.mlir...] : regenerate test/roundtrip/expected/* from the real mlir-opt.
# Uses $MLIR_OPT (default /usr/lib/llvm-22/bin/mlir-opt). See README.md for the layout.
set -uo pipefail
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
[ -x "$MLIR_OPT" ] || { echo "mlir-opt not found at $MLIR_OPT" >&2; exit 2; }
cd "$(dirname "$0")"
mkdir -p expected
if [ $# -gt 0 ]; then files=("$@"); else files=(*.mlir); fi
n=0; nerr=0
for f in "${files[@]}"; do
  f=$(basename "$f"); x=${f%.mlir}
  flags=(--allow-unregistered-dialect)
  grep -q '^// -----' "$f" && flags+=(--split-input-file)
  first=$(head -n1 "$f")
  if [[ $first == "// FLAGS:"* ]]; then read -r -a extra <<<"${first#// FLAGS:}"; flags+=("${extra[@]}"); fi
  rm -f "expected/$x".*
  rcs=""
  for mode in custom generic; do
    mflags=("${flags[@]}"); [ $mode = generic ] && mflags+=(--mlir-print-op-generic)
    "$MLIR_OPT" "${mflags[@]}" "$f" >"expected/$x.$mode.out" 2>"expected/$x.$mode.err"; rc=$?
    if [ $rc -eq 0 ]; then rm -f "expected/$x.$mode.err"; fi
    rcs+="$mode $rc"$'\n'
  done
  if grep -qv ' 0$' <<<"${rcs%$'\n'}"; then printf '%s' "$rcs" >"expected/$x.rc"; nerr=$((nerr+1)); fi
  n=$((n+1))
done
echo "regenerated $n files ($nerr with a non-zero exit code)"
