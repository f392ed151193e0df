#!/usr/bin/env bash
# pass-throughput.sh [--rounds N] [--label NAME] [--pipeline PIPELINE] [--input FILE.mlir]
#
# Side-by-side pass-pipeline throughput of lce-opt against mlir-opt 22: both tools run
#   TOOL --allow-unregistered-dialect --pass-pipeline=PIPELINE FILE -o OUT
# (default PIPELINE builtin.module(func.func(canonicalize,cse))) on the ~200k-op many.mlir of the
# shared yardstick (../shared/bench/mlir/gen_mlir.py many; 200 functions of mostly unregistered
# tfl.*/lq.* ops plus small splat arith.constant ops), or on --input FILE.
#
# 1. publishes tools/lce-opt in Release to a temporary folder (extra publish properties from
#    $PUBLISH_ARGS, as in mlir-throughput.sh);
#    Extra lce-opt arguments come from $LCE_OPT_ARGS (default --skip-dialects=lq,tfl,tf,tf_type: as
#    in mlir-opt 22, those ops stay unregistered, so both tools do the same work and outputs compare);
# 2. runs one untimed warm-up of each tool (which also checks that both succeed and compares their
#    outputs byte for byte), then N rounds (default 3) alternating mlir-opt / lce-opt, each under
#    /usr/bin/time for wall time and peak RSS, pinned to one core with taskset when available;
# 3. saves bench/results/pass-throughput-DATE[-LABEL].json and prints a table (medians).
#
# Needs /usr/lib/llvm-22/bin/mlir-opt and /usr/bin/time, and the generator unless --input is
# given; without them it says so and exits 0. $MLIRBENCH_DIR caches the generated input.
# The machine is shared: run it once, not in a loop.
set -euo pipefail
LCE_OPT_ARGS=${LCE_OPT_ARGS---skip-dialects=lq,tfl,tf,tf_type}
# The performance configuration of lce-opt (bench/README.md): self-contained, ReadyToRun, one
# composite image with the framework (its runtimeconfig then turns tiering off).
PUBLISH_ARGS=${PUBLISH_ARGS--r linux-x64 --self-contained true -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true}
export LCE_OPT_ARGS PUBLISH_ARGS
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/.." && pwd)
yard=${MLIR_THROUGHPUT_DIR:-$(cd "$repo/.." && pwd)/shared/bench}
mlir_opt=/usr/lib/llvm-22/bin/mlir-opt
rounds=3
label=""
pipeline="builtin.module(func.func(canonicalize,cse))"
input=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rounds) rounds=$2; shift 2 ;;
    --label) label="-$2"; shift 2 ;;
    --pipeline) pipeline=$2; shift 2 ;;
    --input) input=$(realpath "$2"); shift 2 ;;
    *) echo "pass-throughput.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done

if [ ! -x "$mlir_opt" ]; then echo "pass-throughput.sh: $mlir_opt not installed; skipped"; exit 0; fi
if [ ! -x /usr/bin/time ]; then echo "pass-throughput.sh: /usr/bin/time not installed; skipped"; exit 0; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lce-pass-throughput.XXXXXX")
trap 'rm -rf "$work"' EXIT

if [ -z "$input" ]; then
  if [ ! -f "$yard/mlir/gen_mlir.py" ]; then echo "pass-throughput.sh: no generator at $yard/mlir (set MLIR_THROUGHPUT_DIR); skipped"; exit 0; fi
  cache=${MLIRBENCH_DIR:-$work}
  mkdir -p "$cache"
  input="$cache/many.mlir"
  [ -f "$input" ] || python3 "$yard/mlir/gen_mlir.py" many "$input" >&2
fi

echo "publishing lce-opt (Release) to $work/pub ${PUBLISH_ARGS}" >&2
# shellcheck disable=SC2086
dotnet publish "$repo/tools/lce-opt" -c Release -o "$work/pub" -v q -nologo ${PUBLISH_ARGS} >&2

mkdir -p "$here/results"
out="$here/results/pass-throughput-$(date +%Y-%m-%d)$label.json"
python3 - "$work" "$input" "$pipeline" "$rounds" "$mlir_opt" "$work/pub/lce-opt" "$out" <<'EOF'
import json, os, shutil, statistics, subprocess, sys
work, inp, pipeline, rounds, mlir_opt, lce_opt, out = sys.argv[1:]
rounds = int(rounds)
pin = ["taskset", "-c", "1"] if shutil.which("taskset") else []
tools = {"mlir_opt": mlir_opt, "lce_opt": lce_opt}

def run(name, timed):
    dest = os.path.join(work, name + ".out.mlir")
    extra = os.environ.get("LCE_OPT_ARGS", "").split() if name == "lce_opt" else []
    cmd = [tools[name]] + extra + ["--allow-unregistered-dialect", "--pass-pipeline=" + pipeline, inp, "-o", dest]
    if timed:
        cmd = ["/usr/bin/time", "-f", "%e %M", "-o", os.path.join(work, "time.txt")] + pin + cmd
    p = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode != 0:
        sys.stderr.write("%s failed (rc %d): %s\n%s\n" % (name, p.returncode, " ".join(cmd), p.stderr[-2000:]))
        sys.exit(2)
    if timed:
        wall, rss = open(os.path.join(work, "time.txt")).read().split()[-2:]
        return float(wall), int(rss) / 1024.0
    return dest

outputs = {n: run(n, False) for n in tools}
identical = open(outputs["mlir_opt"], "rb").read() == open(outputs["lce_opt"], "rb").read()
samples = {n: [] for n in tools}
for r in range(rounds):
    for n in tools:
        samples[n].append(run(n, True))
        sys.stderr.write("[pass-throughput] round %d %s: %.3f s, %.1f MB\n" % (r + 1, n, *samples[n][-1]))
res = {"input": inp, "input_bytes": os.path.getsize(inp), "pipeline": pipeline, "rounds": rounds,
       "pinned": bool(pin), "output_identical": identical, "lce_opt_args": os.environ.get("LCE_OPT_ARGS", ""),
       "publish_args": os.environ.get("PUBLISH_ARGS", "")}
for n in tools:
    res[n] = {"wall_s_median": statistics.median(s[0] for s in samples[n]), "wall_s_min": min(s[0] for s in samples[n]),
              "peak_rss_mb": statistics.median(s[1] for s in samples[n])}
res["ratio_wall"] = res["lce_opt"]["wall_s_median"] / res["mlir_opt"]["wall_s_median"]
res["ratio_rss"] = res["lce_opt"]["peak_rss_mb"] / res["mlir_opt"]["peak_rss_mb"]
try:
    res["load_average"] = os.getloadavg()
except OSError:
    pass
json.dump(res, open(out, "w"), indent=1)
print("pipeline: %s   input: %s (%.1f MB)" % (pipeline, os.path.basename(inp), res["input_bytes"] / 1e6))
print("%-10s %10s %10s %10s" % ("tool", "wall s", "min s", "peak MB"))
for n in tools:
    v = res[n]
    print("%-10s %10.3f %10.3f %10.1f" % (n, v["wall_s_median"], v["wall_s_min"], v["peak_rss_mb"]))
print("ratio lce/mlir: wall %.2f, rss %.2f; outputs identical: %s" % (res["ratio_wall"], res["ratio_rss"], identical))
print("saved", out)
EOF
