#!/bin/sh
# Regenerates the expected outputs of the pass-manager differential tests with mlir-opt 22.
# Each cases/NAME.args holds mlir-opt's arguments, one per line. The tool runs in a scratch
# directory holding a copy of inputs/, and its stdout, stderr and exit code are stored as
# NAME.out, NAME.err and NAME.rc; a reproducer it writes (repro.mlir) is stored as NAME.repro.
# The files are mlir-opt's raw output: the test maps the tool name "mlir-opt" to "lce-opt".
set -e
MLIR_OPT=${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}
here=$(cd "$(dirname "$0")" && pwd)
for args in "$here"/cases/*.args; do
  name=${args%.args}
  scratch=$(mktemp -d)
  cp -r "$here/inputs" "$scratch/inputs"
  set +e
  set --
  while IFS= read -r line; do set -- "$@" "$line"; done < "$args"
  (cd "$scratch" && "$MLIR_OPT" "$@" > "$scratch/stdout" 2> "$scratch/stderr")
  echo $? > "$name.rc"
  set -e
  cp "$scratch/stdout" "$name.out"
  cp "$scratch/stderr" "$name.err"
  rm -f "$name.repro"
  if [ -f "$scratch/repro.mlir" ]; then cp "$scratch/repro.mlir" "$name.repro"; fi
  rm -rf "$scratch"
done
