#!/usr/bin/env bash
# Runs the oracle filecheck-diff (LLVM FileCheck vs ours, comparing exit codes) over every
# case in cases/. Usage: run-diff.sh [OURFC]; OURFC defaults to the Release build of
# tools/FileCheck. Prints each disagreement and a summary; exits 1 if any case disagrees.
set -u
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
OURFC=${1:-"dotnet $repo/tools/FileCheck/bin/Release/net10.0/FileCheck.dll"}
DIFF=${FILECHECK_DIFF:-/work/shared/oracles/mlir/filecheck-diff}
cd "$here/cases"
agree=0; total=0
for check in *.check; do
  name=${check%.check}
  read -r -a args < "$name.args" || true
  total=$((total + 1))

  if out=$(env -u FILECHECK_OPTS "$DIFF" "$OURFC" "$check" "$name.input" "${args[@]}"); then
    agree=$((agree + 1))
  else
    echo "$name: $out"
  fi
done
echo "$agree/$total agree"
[ "$agree" -eq "$total" ]
