#!/usr/bin/env bash
# check.sh OPT [FILE.mlir...] : compare OPT's output with the recorded mlir-opt output.
# A (file, mode) pair is identical when both exit 0 with byte-identical stdout, or when
# both exit non-zero (STRICT=1 additionally requires identical stdout and stderr then).
# Prints "N/M identical"; exit code 0 iff all are identical.
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: check.sh OPT [FILE.mlir...]" >&2; exit 2; }
OPT=$1; shift
# OPT may be a command with arguments; make a relative executable path absolute.
if [ -e "$OPT" ]; then OPT=$(realpath "$OPT"); fi
cd "$(dirname "$0")"
if [ $# -gt 0 ]; then files=("$@"); else files=(*.mlir); fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
total=0; same=0
for f in "${files[@]}"; do
  f=$(basename "$f"); x=${f%.mlir}
  flags=(--allow-unregistered-dialect)
  grep -q '^// -----' "$f" && flags+=(--split-input-file)
  first=$(head -n1 "$f")
  if [[ $first == "// FLAGS:"* ]]; then read -r -a extra <<<"${first#// FLAGS:}"; flags+=("${extra[@]}"); fi
  for mode in custom generic; do
    mflags=("${flags[@]}"); [ $mode = generic ] && mflags+=(--mlir-print-op-generic)
    total=$((total+1))
    rc_ref=0
    [ -f "expected/$x.rc" ] && rc_ref=$(awk -v m=$mode '$1==m {print $2}' "expected/$x.rc")
    $OPT "${mflags[@]}" "$f" >"$tmp/our" 2>"$tmp/our.err"; rc_our=$?
    ref="expected/$x.$mode.out"; referr="expected/$x.$mode.err"
    [ -f "$referr" ] || referr=/dev/null
    if [ "$rc_ref" -eq 0 ] && [ $rc_our -eq 0 ] && cmp -s "$ref" "$tmp/our"; then
      same=$((same+1))
    elif [ "$rc_ref" -ne 0 ] && [ $rc_our -ne 0 ] && { [ "${STRICT:-0}" = 0 ] || { cmp -s "$ref" "$tmp/our" && cmp -s "$referr" "$tmp/our.err"; }; }; then
      same=$((same+1))
    else
      echo "DIFF $f ($mode): mlir-opt rc=$rc_ref, ours rc=$rc_our"
      diff <(cat "$ref" "$referr") <(cat "$tmp/our" "$tmp/our.err") | head -"${DIFF_LINES:-12}"
    fi
  done
done
echo "$same/$total identical"
[ $same -eq $total ]
