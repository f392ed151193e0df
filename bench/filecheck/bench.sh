#!/usr/bin/env bash
# bench.sh [MB] [CHECKS]: times LLVM FileCheck and ours on a generated input (default
# 20 MB, 10000 check lines). Uses the Release build of tools/FileCheck.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
LLVM=${FILECHECK:-/usr/lib/llvm-22/bin/FileCheck}
OURS=${OURFC:-"dotnet $repo/tools/FileCheck/bin/Release/net10.0/FileCheck.dll"}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$here/generate.py" "$work" "${1:-20}" "${2:-10000}"
time_it() {
  local start end status
  start=$(date +%s.%N)
  set +e
  "$@" "$work/checks.txt" --input-file "$work/input.mlir" >/dev/null 2>&1
  status=$?
  set -e
  end=$(date +%s.%N)
  echo "$(echo "$end - $start" | bc) s (exit $status)"
}
echo "LLVM FileCheck: $(time_it "$LLVM")"
# shellcheck disable=SC2086
echo "Lce FileCheck:  $(time_it $OURS)"
