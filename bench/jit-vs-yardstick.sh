#!/usr/bin/env bash
# jit-vs-yardstick.sh [--repeat R] [--runs N] [--label NAME]
#
# The JIT binary-convolution kernels (`lce-run bench-kernels`) side by side with the shared C++
# yardstick (../shared/bench/run-yardstick) on the same four QuickNet layers, back to back,
# R times (default 3), each pinned to the same core; prints per layer the median ms of both, the
# speed ratio (yardstick ms / ours ms: 1.0 = as fast) for AVX-512BW and AVX2, the float32 ratio,
# and (unpinned, both cores, 1- and 2-thread calls interleaved batch by batch) the 2-thread scaling. Saves the combined JSON to
# bench/results/jit-vs-yardstick-DATE[-LABEL].json.
#
# The yardstick folder is read-only here, so it is copied to $YARDSTICK_BUILD_DIR (default
# ${TMPDIR:-/tmp}/lce-yardstick) and built there. Without the yardstick the script says so and exits 0.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
src=${YARDSTICK_DIR:-$(cd "$repo/.." && pwd)/shared/bench}
[ -x "$src/run-yardstick" ] || src=/work/shared/bench
build=${YARDSTICK_BUILD_DIR:-${TMPDIR:-/tmp}/lce-yardstick}
repeat=3 runs=5 label=""
while [ $# -gt 0 ]; do
  case "$1" in
    --repeat) repeat=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --label) label="-$2"; shift 2 ;;
    *) echo "usage: $0 [--repeat R] [--runs N] [--label NAME]" >&2; exit 1 ;;
  esac
done
if [ ! -x "$src/run-yardstick" ]; then echo "no yardstick at $src: nothing to compare" >&2; exit 0; fi
mkdir -p "$build"
cp -ru "$src"/. "$build"/ && chmod -R u+w "$build"

out=$(mktemp -d)
dotnet publish "$repo/tools/lce-run" -c Release -o "$out/lce-run" -v q >/dev/null
run="dotnet $out/lce-run/lce-run.dll"
pin="taskset -c 1"
command -v taskset >/dev/null || pin=""
for r in $(seq 1 "$repeat"); do
  echo "[jit-vs-yardstick] round $r/$repeat: ours" >&2
  $pin $run bench-kernels --json --runs "$runs" --isa avx512bw,avx2,scalar > "$out/ours-$r.json" || $pin $run bench-kernels --json --runs "$runs" > "$out/ours-$r.json"
  echo "[jit-vs-yardstick] round $r/$repeat: yardstick" >&2
  (cd "$build" && ./run-yardstick --repeat 1 --runs "$runs" --no-clang --cpu 1) > "$out/yard-$r.json"
done
echo "[jit-vs-yardstick] 2 threads (unpinned)" >&2
$run bench-kernels --json --interleave --runs "$runs" --threads 2 --layers ab --isa avx512bw,avx2 > "$out/threads.json" || echo '{}' > "$out/threads.json"

mkdir -p "$here/results"
python3 - "$out" "$repeat" "$here/results/jit-vs-yardstick-$(date -u +%F)$label.json" <<'PY'
import json, statistics, sys, os
out, repeat, dest = sys.argv[1], int(sys.argv[2]), sys.argv[3]
ours = [json.load(open(f"{out}/ours-{r}.json")) for r in range(1, repeat + 1)]
yard = [json.load(open(f"{out}/yard-{r}.json")) for r in range(1, repeat + 1)]
threads = json.load(open(f"{out}/threads.json"))
med = statistics.median
summary = {"load_average": os.getloadavg(), "repeat": repeat, "layers": {}}
print(f"{'layer':5} {'isa':9} {'ours ms':>8} {'C++ ms':>8} {'ratio':>6}   {'f32 ms':>7} {'x f32':>6}   {'2-thr x':>7}")
for layer in "abcd":
    row = {}
    f32 = med(o["layers"][layer]["float32_ms"] for o in ours)
    for isa, key in (("avx512bw", "avx512bw_lut_ms"), ("avx2", "avx2_lut_ms")):
        if isa not in ours[0]["layers"][layer]: continue
        ms = med(o["layers"][layer][isa]["ms"] for o in ours)
        cpp = med(y["bconv"]["layers"][layer][key] for y in yard)
        scaling = threads.get("layers", {}).get(layer, {}).get(isa, {}).get("thread_scaling")
        row[isa] = {"ours_ms": ms, "yardstick_ms": cpp, "speed_ratio": cpp / ms, "float32_ms": f32,
                    "speedup_vs_float32": f32 / ms, "thread_scaling_2": scaling,
                    "yardstick_kernel": yard[0]["bconv"]["layers"][layer].get(key.replace("_ms", "_kernel"))}
        sc = f"{scaling:7.2f}" if scaling else "      -"
        print(f"{layer:5} {isa:9} {ms:8.4f} {cpp:8.4f} {cpp / ms:6.2f}   {f32:7.3f} {f32 / ms:6.1f}   {sc}")
    summary["layers"][layer] = row
summary["raw"] = {"ours": ours, "yardstick": yard, "threads": threads}
json.dump(summary, open(dest, "w"), indent=1)
print(f"saved {dest}")
PY
rm -rf "$out"
