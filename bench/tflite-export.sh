#!/usr/bin/env bash
# Export throughput of the TFLite back end: a model with ~MB megabytes of fully_connected weights
# exported to a finished in-memory FlatBuffer and to a file, against copying the same bytes in
# memory (target: export ≤ 2 × copy + 50 ms) and writing them with File.WriteAllBytes.
#   bench/tflite-export.sh [--mb 100] [--runs 10] [--out DIR]
# Exit 1 when the in-memory export misses the target. Results are best-of-runs wall times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec dotnet run -c Release --project "$root/bench/Lce.Bench.Tflite" -- "$@"
