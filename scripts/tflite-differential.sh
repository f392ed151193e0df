#!/usr/bin/env bash
# Differential checks of the TFLite exporter against the TFLite oracle (not needed in CI):
#   scripts/tflite-differential.sh          check: every model exports, validates with no errors or
#                                           warnings, and run-tflite (the real interpreter) agrees
#                                           with lce-run where lce-run has the kernels; LCE models
#                                           show LCE's custom codes and option bytes in decode-tflite
#   scripts/tflite-differential.sh golden   also rewrite the recorded outputs the unit tests use
#                                           (test/Lce.IR.Tests/Tflite/Golden/*.json)
# TFLITE_ORACLE points at the oracle (default ../shared/oracles/tflite next to the repository; it
# needs flatc, g++ and node as its README says).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
oracle="${TFLITE_ORACLE:-$root/../shared/oracles/tflite}"
here="$root/scripts/tflite-differential"
models="$root/test/Lce.IR.Tests/Tflite/Models"
golden="$root/test/Lce.IR.Tests/Tflite/Golden"
mode="${1:-check}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/tools/lce-translate" -v q >/dev/null
dotnet build "$root/tools/lce-run" -v q >/dev/null
dotnet build "$root/tools/lce-opt" -v q >/dev/null
translate="$root/tools/lce-translate/bin/Debug/net10.0/lce-translate"
run="$root/tools/lce-run/bin/Debug/net10.0/lce-run"
opt="$root/tools/lce-opt/bin/Debug/net10.0/lce-opt"
failures=0

validate() { # validate FILE: valid, no errors, no warnings
  local report
  report="$("$oracle/validate-tflite" "$1")" || { echo "FAIL $1: $report"; return 1; }
  python3 -c 'import json,sys; d=json.loads(sys.argv[1]); sys.exit(0 if d["valid"] and not d["errors"] and not d["warnings"] else 1)' "$report" \
    || { echo "FAIL $1: $report"; return 1; }
}

for m in "$models"/*.mlir; do
  name="$(basename "$m" .mlir)"
  echo "== $name"
  "$translate" --mlir-to-tflite "$m" -o "$work/$name.tflite"
  validate "$work/$name.tflite" || { failures=$((failures + 1)); continue; }
  "$oracle/decode-tflite" "$work/$name.tflite" > "$work/$name.decoded.json"
  python3 "$here/make_inputs.py" "$work/$name.decoded.json" 7 > "$work/$name.inputs.json"
  "$oracle/run-tflite" "$work/$name.tflite" "$work/$name.inputs.json" --quiet > "$work/$name.tflite.out.json" \
    || { echo "FAIL $name: run-tflite"; cat "$work/$name.tflite.out.json"; failures=$((failures + 1)); continue; }
  if [ "$mode" = golden ]; then
    mkdir -p "$golden"
    python3 - "$work/$name.inputs.json" "$work/$name.tflite.out.json" "$golden/$name.json" <<'PY'
import json, sys
inputs = json.load(open(sys.argv[1]))["inputs"]
outs = json.load(open(sys.argv[2]))["outputs"]
rec = {"source": "run-tflite (TFLite interpreter) on the exported model", "inputs": inputs,
       "outputs": [{"name": o["name"], "dtype": o["dtype"], "shape": o["shape"], "data": o["data"]} for o in outs]}
json.dump(rec, open(sys.argv[3], "w"), indent=None)
open(sys.argv[3], "a").write("\n")
PY
  fi
  if "$run" "$m" --input "$work/$name.inputs.json" --json > "$work/$name.lce.out.json" 2> "$work/$name.lce.err"; then
    python3 "$here/compare.py" "$work/$name.lce.out.json" "$work/$name.tflite.out.json" || { echo "FAIL $name: outputs differ"; failures=$((failures + 1)); }
  else
    echo "  (lce-run cannot run it: $(head -1 "$work/$name.lce.err"); the unit tests compare it with the reference kernels)"
  fi
done

echo "== LCE custom ops (examples/binary-net through lce-tf-to-tfl)"
"$opt" "$root/examples/binary-net/binary-net.mlir" --pass-pipeline='builtin.module(lce-tf-to-tfl)' -o "$work/bn.mlir"
"$opt" "$work/bn.mlir" --pass-pipeline='builtin.module(func.func(lce-translate-tfl))' -o "$work/bn.lq.mlir"
for v in bn bn.lq; do
  "$translate" --mlir-to-tflite "$work/$v.mlir" -o "$work/$v.tflite"
  validate "$work/$v.tflite" || failures=$((failures + 1))
  "$oracle/decode-tflite" "$work/$v.tflite" > "$work/$v.decoded.json"
done
python3 - "$work/bn.mlir" "$work/bn.decoded.json" "$work/bn.lq.decoded.json" <<'PY' || failures=$((failures + 1))
import json, re, sys
text = open(sys.argv[1]).read()
want = [(c, bytes.fromhex(h)) for c, h in re.findall(r'custom_code = "(\w+)", custom_option = #tfl<const_bytes : "0x([0-9A-F]*)">', text)]
for path in sys.argv[2:]:
    d = json.load(open(path))
    codes = d["operator_codes"]
    got = [(codes[o["opcode_index"]].get("custom_code"), bytes(o.get("custom_options", [])))
           for o in d["subgraphs"][0]["operators"] if codes[o["opcode_index"]]["builtin_code"] == "CUSTOM"]
    if got != want:
        print(f"FAIL {path}: custom ops {got} != tfl-legalize-lce's {want}")
        sys.exit(1)
    print(f"  {path.split('/')[-1]}: {len(got)} custom ops, codes and option bytes equal tfl-legalize-lce's")
PY

echo "$failures failure(s)"
[ "$failures" -eq 0 ]
