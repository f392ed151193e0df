#!/usr/bin/env bash
# Records LLVM FileCheck's exit code for every case into cases/NAME.exit, so the xunit
# corpus test can replay the corpus without LLVM installed. Re-run after adding cases.
# Each case is cases/NAME.check + cases/NAME.input + cases/NAME.args (whitespace-separated
# FileCheck arguments, no quoting).
set -u
FILECHECK=${FILECHECK:-/usr/lib/llvm-22/bin/FileCheck}
cd "$(dirname "$0")/cases"
for check in *.check; do
  name=${check%.check}
  read -r -a args < "$name.args" || true

  env -u FILECHECK_OPTS "$FILECHECK" "$check" --input-file "$name.input" "${args[@]}" >/dev/null 2>&1
  echo $? > "$name.exit"
done
ls *.exit | wc -l
