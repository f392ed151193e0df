#!/usr/bin/env bash
# Imports 10,000 (or $1) mutated .tflite files (bit flips, byte overwrites, truncations, corrupted
# offsets, semantic changes; from the LCE model and the importer's flatc-built inputs) and checks
# that each is imported cleanly or rejected with an error diagnostic: never an exception or a
# hang (10 s guard per file). Seed: $2 (default 20261122). Prints the counts.
set -euo pipefail
cd "$(dirname "$0")/.."
cases="${1:-10000}"
seed="${2:-20261122}"
LCE_IMPORT_FUZZ_CASES="$cases" LCE_IMPORT_FUZZ_SEED="$seed" \
  dotnet test test/Lce.IR.Tests --filter "FullyQualifiedName~ImportFuzzTests" \
  --logger "console;verbosity=detailed" 2>&1 | grep -E "import fuzz:|Error Message|case [0-9]+|Passed!|Failed!|error" 
