#!/usr/bin/env bash
# mlir-throughput.sh [--rounds N] [--label NAME] [extra mlir-throughput args...]
#
# Side-by-side parse + print throughput of lce-opt against mlir-opt 22, on the two inputs of the
# shared yardstick (../shared/bench/mlir-throughput: big.mlir, 38.6 MB of hex constants in one
# function; many.mlir, ~200k small ops in 200 functions), generated there by its own gen_mlir.py
# so both tools read the very same bytes.
#
# 1. publishes tools/lce-opt in Release to a temporary folder (extra publish properties from
#    $PUBLISH_ARGS, default the composite self-contained ReadyToRun build described in bench/README.md;
#    PUBLISH_ARGS= for a plain framework-dependent JIT build);
# 2. runs the yardstick with that lce-opt (runtime knobs from $LCE_OPT_ENV, e.g.
#    LCE_OPT_ENV="DOTNET_TieredPGO=0") and extra lce-opt arguments from $LCE_OPT_ARGS (default
#    --skip-dialects=lq,tfl,tf,tf_type: mlir-opt 22 does not know these dialects, so their ops stay
#    unregistered in both tools; the yardstick's lq.Bconv2d has 4 operands where LCE's has 5),
#    pinned, 5 rounds alternating with mlir-opt;
# 3. saves its JSON as bench/results/mlir-throughput-DATE[-LABEL].json and prints a table.
#
# Needs the yardstick folder ($MLIR_THROUGHPUT_DIR, default ../shared/bench next to the repo),
# /usr/lib/llvm-22/bin/mlir-opt and /usr/bin/time; without them it says so and exits 0 (so CI
# without the yardstick is not broken). $MLIRBENCH_DIR caches the generated inputs.
#
# Note: lce-opt is run through a wrapper that turns `-o /dev/null` into "write to stdout" (the
# yardstick sends stdout to /dev/null): lce-opt writes `-o FILE` as FILE.tmpPID + rename, which
# for /dev/null (as root) would replace the device node with a regular file.
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
label=""
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --label) label="-$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

if [ ! -x "$yard/mlir-throughput" ]; then echo "mlir-throughput.sh: no yardstick at $yard (set MLIR_THROUGHPUT_DIR); skipped"; exit 0; fi
if [ ! -x "$mlir_opt" ]; then echo "mlir-throughput.sh: $mlir_opt not installed (apt-get install mlir-22-tools); skipped"; exit 0; fi
if [ ! -x /usr/bin/time ]; then echo "mlir-throughput.sh: /usr/bin/time not installed (apt-get install time); skipped"; exit 0; fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lce-throughput.XXXXXX")
trap 'rm -rf "$work"' EXIT
echo "publishing lce-opt (Release) to $work/pub ${PUBLISH_ARGS}" >&2
# shellcheck disable=SC2086
dotnet publish "$repo/tools/lce-opt" -c Release -o "$work/pub" -v q -nologo ${PUBLISH_ARGS} >&2

cat > "$work/lce-opt" <<EOF
#!/usr/bin/env bash
# -o /dev/null -> stdout (see bench/mlir-throughput.sh)
a=()
while [ \$# -gt 0 ]; do
  if [ "\$1" = "-o" ] && [ "\${2:-}" = "/dev/null" ]; then shift 2; continue; fi
  a+=("\$1"); shift
done
exec env ${LCE_OPT_ENV:-} "$work/pub/lce-opt" ${LCE_OPT_ARGS} "\${a[@]}"
EOF
chmod +x "$work/lce-opt"

mkdir -p "$here/results"
out="$here/results/mlir-throughput-$(date +%Y-%m-%d)$label.json"
"$yard/mlir-throughput" "$work/lce-opt" ${args[@]+"${args[@]}"} > "$work/result.json"
python3 - "$work/result.json" "$out" <<'EOF'
import json, sys, subprocess, os
r = json.load(open(sys.argv[1]))
r["lce"] = {"publish_args": os.environ.get("PUBLISH_ARGS", ""), "runtime_env": os.environ.get("LCE_OPT_ENV", ""),
            "lce_opt_args": os.environ.get("LCE_OPT_ARGS", ""),
            "note": "lce-opt run through a wrapper mapping '-o /dev/null' to stdout (sent to /dev/null by the yardstick)"}
try:
    r["lce"]["load_average"] = os.getloadavg()
except OSError:
    pass
json.dump(r, open(sys.argv[2], "w"), indent=1)
print("%-8s %-5s %10s %10s %7s %9s %9s %6s %s" % ("mode", "file", "mlir-opt s", "lce-opt s", "ratio", "mlir MB", "lce MB", "ratio", "identical"))
for mode, files in r["results"].items():
    for f, v in files.items():
        a, b = v["mlir_opt"], v["opt"]
        print("%-8s %-5s %10.3f %10.3f %7.2f %9.1f %9.1f %6.2f %s" % (
            mode, f.replace(".mlir", ""), a["wall_s_median"], b["wall_s_median"], v["ratio_wall"],
            a["peak_rss_mb"], b["peak_rss_mb"], v["ratio_rss"], v.get("output_identical", "")))
print("saved", sys.argv[2])
EOF
