#!/bin/sh
# Compiles every .pdll file the repository ships (src/, test/pdll/, examples/) with MLIR's own
# `mlir-pdll -x=mlir`, to keep them valid PDLL. Natives are declared without a body
# (`Constraint IsZero(attr: Attr);`, `Rewrite Add(a: Attr, b: Attr) -> Attr;`), which mlir-pdll
# accepts as external declarations, so files binding C# natives pass as well.
# Exit status: 0 when every file compiles, 1 otherwise (2 when mlir-pdll is missing).
MLIR_PDLL=${MLIR_PDLL:-/usr/lib/llvm-22/bin/mlir-pdll}
root=$(cd "$(dirname "$0")/../.." && pwd) || exit 1
if [ ! -x "$MLIR_PDLL" ]; then echo "mlir-pdll not found at $MLIR_PDLL" >&2; exit 2; fi
status=0
for f in $(find "$root/src" "$root/test/pdll" "$root/examples" -name '*.pdll' -not -path '*/obj/*' -not -path '*/bin/*' 2>/dev/null | sort); do
  if err=$("$MLIR_PDLL" -x=mlir "$f" 2>&1 >/dev/null) && ! printf '%s' "$err" | grep -q 'error:'; then
    echo "ok   ${f#"$root"/}"
  else
    echo "FAIL ${f#"$root"/}"; printf '%s\n' "$err" | grep -A2 'error:'; status=1
  fi
done
exit $status
