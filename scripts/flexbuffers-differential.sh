#!/usr/bin/env bash
# Differential check of Lce.Serialization.FlexBuffers against Google's own FlexBuffers builders:
#   - the C++ flexbuffers::Builder of flatbuffers v23.5.26 (the version TensorFlow 2.16, and so
#     LCE, builds with), compiled with g++ from flexbuffers-differential/oracle.cpp;
#   - the JavaScript port in the npm package `flatbuffers`, run twice: with its legacy offset
#     sizing (compared with our LegacyElementIndexing mode) and patched to the current rule.
# FlexDiff.cs generates N random builder-call scripts (maps of every kind of value, nested
# vectors and maps, int widths from tiny to 64-bit, floats, strings, blobs, typed and fixed
# vectors, sharing flags) and our bytes for each; every oracle replays them and the bytes must match.
#
# Usage: scripts/flexbuffers-differential.sh [N=2000] [SEED=1]
# Environment:
#   FLEX_ORACLE_DIR          scratch directory (default /tmp/flexoracle); nothing is written to the repo
#   FLATBUFFERS_GIT          a git directory of google/flatbuffers to take the v23.5.26 headers from
#                            (default: shallow clone from GitHub)
#   FLATBUFFERS_NPM_VERSION  npm package version (default 25.9.23)
# Needs the network for npm/GitHub on first use; CI does not run it (the xunit suite uses golden bytes).
set -euo pipefail

N=${1:-2000}
SEED=${2:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/scripts/flexbuffers-differential
WORK=${FLEX_ORACLE_DIR:-/tmp/flexoracle}
FB_TAG=v23.5.26
NPM_VERSION=${FLATBUFFERS_NPM_VERSION:-25.9.23}
mkdir -p "$WORK"
status=0

echo "generating $N scripts (seed $SEED) and our encodings..."
dotnet run "$HERE/FlexDiff.cs" gen "$N" "$SEED" > "$WORK/cases.tsv"
cut -f1 "$WORK/cases.tsv" > "$WORK/scripts.txt"
awk -F'\t' '$2 != $3 { d++ } END { printf "  %d scripts; the legacy element-index rule changes the bytes of %d\n", NR, d }' "$WORK/cases.tsv"

# compare LABEL COLUMN ORACLE_OUTPUT: column 2 = current rule, 3 = legacy; "-" lines are skipped.
compare() {
  local label=$1 column=$2 actual=$3
  if ! paste <(cut -f"$column" "$WORK/cases.tsv") "$actual" "$WORK/scripts.txt" | awk -F'\t' -v label="$label" '
      $2 == "-" { skipped++; next }
      $1 == $2 { same++; next }
      { differ++; if (!shown++) printf "  FIRST MISMATCH (line %d): %s\n    ours:   %s\n    oracle: %s\n", NR, substr($3, 1, 400), substr($1, 1, 400), substr($2, 1, 400) }
      END { printf "%s: %d identical, %d different, %d not expressible\n", label, same, differ, skipped; exit differ > 0 }'; then
    status=1
  fi
}

if command -v g++ > /dev/null; then
  headers=$WORK/flatbuffers-$FB_TAG/include
  if [ ! -f "$headers/flatbuffers/flexbuffers.h" ]; then
    mkdir -p "$WORK/flatbuffers-$FB_TAG"
    if [ -n "${FLATBUFFERS_GIT:-}" ]; then
      git -C "$FLATBUFFERS_GIT" archive "$FB_TAG" include | tar -x -C "$WORK/flatbuffers-$FB_TAG"
    else
      git clone --quiet --depth 1 --branch "$FB_TAG" https://github.com/google/flatbuffers "$WORK/flatbuffers-src"
      cp -r "$WORK/flatbuffers-src/include" "$WORK/flatbuffers-$FB_TAG/"
    fi
  fi
  g++ -std=c++17 -O1 -I "$headers" -o "$WORK/oracle-cxx" "$HERE/oracle.cpp"
  "$WORK/oracle-cxx" < "$WORK/scripts.txt" > "$WORK/cxx.txt"
  compare "C++ flexbuffers::Builder $FB_TAG" 2 "$WORK/cxx.txt"
else
  echo "C++: skipped (no g++)"; status=1
fi

if command -v node > /dev/null && command -v npm > /dev/null; then
  if [ ! -f "$WORK/node_modules/flatbuffers/package.json" ] ||
     ! grep -q "\"version\": \"$NPM_VERSION\"" "$WORK/node_modules/flatbuffers/package.json"; then
    npm install --silent --no-save --prefix "$WORK" "flatbuffers@$NPM_VERSION" > /dev/null
  fi
  for mode in legacy current; do
    node "$HERE/oracle-js.cjs" "$WORK" "$mode" < "$WORK/scripts.txt" > "$WORK/js-$mode.txt"
    compare "npm flatbuffers@$NPM_VERSION ($mode offset sizing)" "$([ $mode = legacy ] && echo 3 || echo 2)" "$WORK/js-$mode.txt"
  done
else
  echo "JavaScript: skipped (no node/npm)"; status=1
fi

exit $status
