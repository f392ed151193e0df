#!/usr/bin/env bash
# lce-pipeline.sh [--blocks N] [--size S] [--rounds R]
#
# Time of the LCE conversion pipeline (lce-tf-to-tfl) on a generated QuickNet-like model
# (examples/quicknet/generate.py; default 2 blocks per section, 64x64 input: ~52 MB of IR,
# 8 binary convolutions of 64..512 channels). Builds lce-opt in Release, runs one warm-up, then
# R rounds (default 3) under /usr/bin/time, and prints the median wall time and peak RSS with
# the --mlir-timing breakdown of the last round. There is no upstream tool to compare with here
# (LCE's lce-tf-opt needs a TensorFlow build), so this is a before/after yardstick for our passes.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
blocks=2 size=64 rounds=3
while [ $# -gt 0 ]; do
  case "$1" in
    --blocks) blocks=$2; shift 2 ;;
    --size) size=$2; shift 2 ;;
    --rounds) rounds=$2; shift 2 ;;
    *) echo "unknown argument: $1" >&2; exit 2 ;;
  esac
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 "$repo/examples/quicknet/generate.py" --blocks "$blocks" --size "$size" -o "$work/model.mlir"
dotnet build "$repo/tools/lce-opt" -c Release -v q -nologo >/dev/null
opt="$repo/tools/lce-opt/bin/Release/net10.0/lce-opt"
run() { "$opt" "$work/model.mlir" --pass-pipeline='builtin.module(lce-tf-to-tfl)' -o "$work/out.mlir" "$@"; }
run
times=()
for _ in $(seq "$rounds"); do
  /usr/bin/time -f '%e %M' -o "$work/time" bash -c "$(declare -f run); opt='$opt'; work='$work'; run" 
  times+=("$(cat "$work/time")")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$rounds" -v size="$(stat -c %s "$work/model.mlir")" \
  'NR == int((n + 1) / 2) { printf "input %.1f MB: median wall %.2f s, peak RSS %.0f MB\n", size / 1e6, $1, $2 / 1024 }'
run --mlir-timing 2>&1 | sed -n '/Wall Time/,$p'
