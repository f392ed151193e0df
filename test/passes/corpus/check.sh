#!/usr/bin/env bash
# check.sh OPT [FILE.mlir...] : run OPT (a path or a command with arguments, e.g.
# "dotnet tools/lce-opt/bin/Debug/net10.0/lce-opt.dll") on every case of the corpus and compare
# stdout, stderr and exit code byte for byte with the mlir-opt recording in expected/.
# Prints a diff per different case and "N/M identical"; exit code 0 iff all are identical.
# DIFF_LINES=n limits the diff lines shown per case (default 12).
# UPDATE=1 additionally moves identical cases into passing.txt (removing them from
# known-failing.txt); cases never leave passing.txt automatically (it is a ratchet).
set -uo pipefail
[ $# -ge 1 ] || { echo "usage: check.sh OPT [FILE.mlir...]" >&2; exit 2; }
OPT=$1; shift
if [ -e "$OPT" ]; then OPT=$(realpath "$OPT"); fi
here=$(cd "$(dirname "$0")" && pwd)
list=$("$here/cases.sh" "$@") || exit 2
cd "$here/inputs"
exp="$here/expected"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
total=0; same=0; : >"$tmp/identical"
while IFS=$'\t' read -r -a row; do
  c=${row[0]}; args=("${row[@]:1}")
  total=$((total+1))
  if ! printf '%s\n' "${args[@]}" | cmp -s - "$exp/$c.args"; then
    echo "STALE $c: header differs from expected/$c.args (run regen.sh)"; continue
  fi
  rc_ref=0; [ -f "$exp/$c.rc" ] && rc_ref=$(cat "$exp/$c.rc")
  referr="$exp/$c.err"; [ -f "$referr" ] || referr=/dev/null
  # shellcheck disable=SC2086
  $OPT "${args[@]}" >"$tmp/out" 2>"$tmp/err" </dev/null; rc=$?
  if [ "$rc" -eq "$rc_ref" ] && cmp -s "$exp/$c.out" "$tmp/out" && cmp -s "$referr" "$tmp/err"; then
    same=$((same+1)); echo "$c" >>"$tmp/identical"
  else
    echo "DIFF $c: ${args[*]} (mlir-opt rc=$rc_ref, ours rc=$rc)"
    { diff "$referr" "$tmp/err" | sed 's/^/  err /'
      diff "$exp/$c.out" "$tmp/out" | sed 's/^/  out /'; } | head -"${DIFF_LINES:-12}"
  fi
done <<<"$list"
echo "$same/$total identical"
if [ "${UPDATE:-0}" = 1 ]; then
  sort -u "$here/passing.txt" "$tmp/identical" | sed '/^$/d' >"$tmp/p" && cp "$tmp/p" "$here/passing.txt"
  awk 'NR==FNR {p[$1]=1; next} !($1 in p)' "$here/passing.txt" "$here/known-failing.txt" >"$tmp/k" && cp "$tmp/k" "$here/known-failing.txt"
  echo "passing.txt: $(wc -l <"$here/passing.txt") cases; known-failing.txt: $(grep -c . "$here/known-failing.txt") cases"
fi
[ $same -eq $total ]
