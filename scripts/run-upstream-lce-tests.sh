#!/usr/bin/env bash
# Runs every `// RUN:` line of the lit tests in DIR (e.g. a checkout's
# larq_compute_engine/mlir/tests) the way LCE's run_lit.sh does: `%s` becomes the test file,
# and the line runs in bash with `lce-tf-opt` meaning our lce-opt and `FileCheck` meaning
# ours (or LLVM's with FILECHECK=/path/to/FileCheck). The files are used as they are.
# Prints one line per RUN line and then "N/M RUN lines passed"; exits non-zero unless all pass.
#
#   scripts/run-upstream-lce-tests.sh path/to/larq_compute_engine/mlir/tests [-v]
set -uo pipefail
dir=${1:?usage: $0 DIR [-v]}
verbose=${2:-}
root=$(cd "$(dirname "$0")/.." && pwd)
config=${CONFIGURATION:-Release}

dotnet build "$root/tools/lce-opt" -c "$config" -v q -nologo >/dev/null || { echo "building lce-opt failed" >&2; exit 2; }
dotnet build "$root/tools/FileCheck" -c "$config" -v q -nologo >/dev/null || { echo "building FileCheck failed" >&2; exit 2; }

shims=$(mktemp -d)
trap 'rm -rf "$shims"' EXIT
printf '#!/bin/sh\nexec "%s" "$@"\n' "$root/tools/lce-opt/bin/$config/net10.0/lce-opt" > "$shims/lce-tf-opt"
printf '#!/bin/sh\nexec "%s" "$@"\n' "${FILECHECK:-$root/tools/FileCheck/bin/$config/net10.0/FileCheck}" > "$shims/FileCheck"
chmod +x "$shims/lce-tf-opt" "$shims/FileCheck"

passed=0 total=0
for file in "$dir"/*.mlir; do
  [ -e "$file" ] || continue
  while IFS= read -r line; do
    cmd=${line#*RUN: }
    cmd=${cmd//%s/$file}
    total=$((total + 1))
    if out=$(cd "$dir" && PATH="$shims:$PATH" bash -o pipefail -c "$cmd" 2>&1); then
      passed=$((passed + 1)); echo "PASS: $(basename "$file"): $cmd"
    else
      echo "FAIL: $(basename "$file"): $cmd"
      [ "$verbose" = -v ] && printf '%s\n' "$out" | head -40 | sed 's/^/    /'
    fi
  done < <(grep -E '^// RUN: ' "$file")
done
echo "$passed/$total RUN lines passed"
[ "$passed" -eq "$total" ] && [ "$total" -gt 0 ]
