#!/usr/bin/env bash
# Import throughput of the TFLite front end: a .tflite file with ~MB megabytes of fully_connected
# weights imported to a verified module, against copying the same bytes in memory (target:
# import ≤ 2 × copy + 50 ms), plus the fixed cost of importing a tiny model.
#   bench/tflite-import.sh [--mb 100] [--runs 10]
# Exit 1 when the import misses the target. Results are best-of-runs wall times.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
exec dotnet run -c Release --project "$root/bench/Lce.Bench.TfliteImport" -- "$@"
