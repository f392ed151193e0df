#!/usr/bin/env bash
# Regenerates the float printing/parsing golden files next to this script from the real mlir-opt.
#   float-format-golden.tsv  semantics <TAB> bits (hex) <TAB> text mlir-opt prints for `0xBITS : type`
#   float-parse-golden.tsv   semantics <TAB> decimal literal <TAB> bits mlir-opt stores for `literal : type`
# Parse results are read back through the hex form of dense attributes (> 100 elements print as raw
# little-endian bytes), which is the only way to see the exact bits mlir-opt's parser produced.
# The inputs are pseudo-random but seeded, so reruns give the same files.
set -euo pipefail
MLIR_OPT="${MLIR_OPT:-/usr/lib/llvm-22/bin/mlir-opt}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

python3 - "$WORK" <<'PY'
import random, sys
from fractions import Fraction
work = sys.argv[1]
rng = random.Random(20240521)

# name: (bits, precision, maxExp, minExp, kind) ; kind: ieee | fn (NaN all-ones) | fnuz | finite | e8m0 | x87
SEMS = {
  'f16': (16, 11, 15, -14, 'ieee'), 'bf16': (16, 8, 127, -126, 'ieee'), 'f32': (32, 24, 127, -126, 'ieee'),
  'f64': (64, 53, 1023, -1022, 'ieee'), 'f80': (80, 64, 16383, -16382, 'x87'),
  'f128': (128, 113, 16383, -16382, 'ieee'), 'tf32': (19, 11, 127, -126, 'ieee'),
  'f8E5M2': (8, 3, 15, -14, 'ieee'), 'f8E5M2FNUZ': (8, 3, 15, -15, 'fnuz'), 'f8E4M3': (8, 4, 7, -6, 'ieee'),
  'f8E4M3FN': (8, 4, 8, -6, 'fn'), 'f8E4M3FNUZ': (8, 4, 7, -7, 'fnuz'), 'f8E4M3B11FNUZ': (8, 4, 4, -10, 'fnuz'),
  'f8E3M4': (8, 5, 3, -2, 'ieee'), 'f8E8M0FNU': (8, 1, 127, -127, 'e8m0'),
  'f6E3M2FN': (6, 3, 4, -2, 'finite'), 'f6E2M3FN': (6, 4, 2, 0, 'finite'), 'f4E2M1FN': (4, 2, 2, 0, 'finite'),
}

def finite_values(sem):
    """Exact positive finite values of a small-ish format in increasing order (for p <= 24 ranges only)."""
    width, p, mx, mn, kind = SEMS[sem]
    vals = []
    for e in range(mn, mx + 1):
        for m in range(0 if e == mn else 1 << (p - 1), 1 << p):
            if kind == 'e8m0':
                m = 1
            v = Fraction(m) * Fraction(2) ** (e - (p - 1))
            if not vals or v > vals[-1]:
                vals.append(v)
    if kind == 'fn':
        vals = vals[:-1]  # all-ones is NaN
    return vals

def dec(fr, digits=60):
    """Exact (or long) decimal text of a positive Fraction, always with a '.'."""
    n, d = fr.numerator, fr.denominator
    ip, rem = divmod(n, d)
    out = []
    for _ in range(digits):
        if rem == 0:
            break
        rem *= 10
        q, rem = divmod(rem, d)
        out.append(str(q))
    return f"{ip}." + (''.join(out) or '0')

def sci(mant_digits, exp):
    s = str(mant_digits)
    return f"{s[0]}.{s[1:] or '0'}e{exp:+d}"

def random_bits(width, n):
    return [rng.getrandbits(width) for _ in range(n)]

def f64_from_double(x):
    import struct
    return struct.unpack('<Q', struct.pack('<d', x))[0]

def f32_from_float(x):
    import struct
    return struct.unpack('<I', struct.pack('<f', x))[0]

def f16_from(x):
    import struct
    try:
        return struct.unpack('<H', struct.pack('<e', x))[0]
    except OverflowError:
        return 0x7C00

def typical_decimals(n, lo=-12, hi=12):
    out = []
    for _ in range(n):
        nd = rng.randint(1, 9)
        m = rng.randint(10 ** (nd - 1), 10 ** nd - 1)
        out.append(float(f"{m}e{rng.randint(lo, hi) - nd}") * rng.choice([1, -1]))
    return out

def x87_from_double(x):
    bits = f64_from_double(x)
    sign, e, m = bits >> 63, (bits >> 52) & 0x7FF, bits & ((1 << 52) - 1)
    if e == 0 and m == 0:
        return sign << 79
    if e == 0:  # denormal double: normalise
        shift = 52 - m.bit_length() + 1
        e, m = 1 - shift, (m << shift) & ((1 << 52) - 1)
    return (sign << 79) | ((e - 1023 + 16383) << 64) | (1 << 63) | (m << 11)

def f128_from_double(x):
    bits = f64_from_double(x)
    sign, e, m = bits >> 63, (bits >> 52) & 0x7FF, bits & ((1 << 52) - 1)
    if e == 0 and m == 0:
        return sign << 127
    if e == 0:
        shift = 52 - m.bit_length() + 1
        e, m = 1 - shift, (m << shift) & ((1 << 52) - 1)
    return (sign << 127) | ((e - 1023 + 16383) << 112) | (m << 60)

# ---------- format cases: (sem, bits) ----------
fmt = []
for sem, (width, p, mx, mn, kind) in SEMS.items():
    if width <= 8:
        fmt += [(sem, b) for b in range(1 << width)]
fmt += [('f16', b) for b in random_bits(16, 500)]
fmt += [('f16', f16_from(x)) for x in typical_decimals(300, -6, 5)]
fmt += [('f16', b) for b in [0x0001, 0x03FF, 0x0400, 0x7BFF, 0x3C00, 0x3C01, 0x8001, 0x7C00, 0xFC00, 0x7E00, 0x6800, 0x63D0]]
fmt += [('bf16', b) for b in random_bits(16, 400)]
fmt += [('bf16', f32_from_float(x) >> 16) for x in typical_decimals(200, -20, 20)]
fmt += [('tf32', b) for b in random_bits(19, 300)]
fmt += [('f32', b) for b in random_bits(32, 700)]
fmt += [('f32', f32_from_float(x)) for x in typical_decimals(600, -30, 30)]
fmt += [('f32', f32_from_float(float(v))) for v in list(range(16777200, 16777230)) + [2 ** k + d for k in range(20, 32) for d in (-1, 0, 1)]]
fmt += [('f32', f32_from_float(float(f"1e{k}"))) for k in range(-45, 39)]
fmt += [('f32', b) for b in [1, 0x007FFFFF, 0x00800000, 0x7F7FFFFF, 0x3F800001, 0x3F7FFFFF, 0x80000001]]
fmt += [('f64', b) for b in random_bits(64, 700)]
fmt += [('f64', f64_from_double(x)) for x in typical_decimals(600, -300, 300)]
fmt += [('f64', f64_from_double(x)) for x in typical_decimals(300, -8, 8)]
fmt += [('f64', f64_from_double(float(v))) for v in [2 ** 53 + d for d in range(-5, 6)] + [10 ** k + 1 for k in range(5, 20)] + [123456789.0, 16777217.0, 1234567.0]]
fmt += [('f64', f64_from_double(float(f"1e{k}"))) for k in range(-324, 309, 7)]
fmt += [('f64', b) for b in [1, 0x000FFFFFFFFFFFFF, 0x0010000000000000, 0x7FEFFFFFFFFFFFFF, 0x3FF0000000000001, 0x3FEFFFFFFFFFFFFF]]
fmt += [('f80', (rng.getrandbits(16) << 64) | (1 << 63) | rng.getrandbits(63)) for _ in range(200)]
fmt += [('f80', x87_from_double(x)) for x in typical_decimals(150, -40, 40)]
fmt += [('f80', b) for b in [1, 0x8000000000000000, 0x00018000000000000000, 0x3FFF8000000000000001]]
fmt += [('f128', b) for b in random_bits(128, 200)]
fmt += [('f128', f128_from_double(x)) for x in typical_decimals(150, -40, 40)]
fmt += [('f128', 1), ('f128', 0x3FFF0000000000000000000000000001)]

with open(f"{work}/fmt.mlir", "w") as f:
    for sem, b in fmt:
        f.write(f'"test.op"() {{a = 0x{b:X} : {sem}}} : () -> ()\n')
with open(f"{work}/fmt.keys", "w") as f:
    for sem, b in fmt:
        width = SEMS[sem][0]
        f.write(f"{sem}\t{b:0{(width + 3) // 4}X}\n")

# ---------- parse cases: (sem, literal) ----------
def parse_cases(sem):
    width, p, mx, mn, kind = SEMS[sem]
    lits = []
    signed = kind != 'e8m0'
    def add(text, allow_neg=True):
        lits.append(text)
        if signed and allow_neg and rng.random() < 0.3:
            lits.append('-' + text)
    # Random decimals spread over (and a little beyond) the exponent range.
    lo10 = int((mn - p) * 0.30103) - 2
    hi10 = int(mx * 0.30103) + 2
    for _ in range(60):
        nd = rng.randint(1, 20)
        m = rng.randint(10 ** (nd - 1), 10 ** nd - 1)
        add(sci(m, rng.randint(max(lo10, -330), min(hi10, 310))))
    for k in range(max(lo10, -330), min(hi10, 310) + 1, max(1, (min(hi10, 310) - max(lo10, -330)) // 40)):
        add(f"1.0e{k:+d}")
    if p <= 11 and mx <= 127:
        vals = finite_values(sem)
        picks = sorted(rng.sample(range(len(vals) - 1), min(40, len(vals) - 1)))
        for i in picks:
            mid = (vals[i] + vals[i + 1]) / 2
            add(dec(mid))
            add(dec(mid + Fraction(1, 10 ** 30)))
            add(dec(mid - Fraction(1, 10 ** 30)) if mid > Fraction(1, 10 ** 30) else dec(mid))
        top = vals[-1]
        ulp = top - vals[-2]
        for v in (top, top + ulp / 2, top + ulp / 4, top + ulp, vals[0] / 2, vals[0] * Fraction(3, 4), vals[0] / 4):
            add(dec(v, 80))
    # Double midpoints stress the double-rounding of MLIR's text -> f64 -> type path.
    for _ in range(15):
        x = abs(typical_decimals(1, -5, 5)[0])
        b = f64_from_double(x)
        a = Fraction(x)
        import struct
        nxt = Fraction(struct.unpack('<d', struct.pack('<Q', b + 1))[0])
        add(dec((a + nxt) / 2, 80))
        add(dec((a + nxt) / 2 + Fraction(1, 10 ** 40), 80))
    add("0.0"); add("1.0"); add("0.5"); add("2.5"); add("1.0e+400"); add("1.0e-400"); add("123456789.0")
    return [l for l in lits if not (kind == 'e8m0' and l.startswith('-'))]

parse = []
for sem in SEMS:
    parse += [(sem, l) for l in parse_cases(sem)]

with open(f"{work}/parse.mlir", "w") as f, open(f"{work}/parse.keys", "w") as k:
    by_sem = {}
    for sem, lit in parse:
        by_sem.setdefault(sem, []).append(lit)
    for sem, lits in by_sem.items():
        for i in range(0, len(lits), 150):
            chunk = lits[i:i + 150]
            padded = chunk + ['0.0'] * max(0, 101 - len(chunk)) + ['1.0']
            f.write(f'"test.op"() {{a = dense<[{", ".join(padded)}]> : tensor<{len(padded)}x{sem}>}} : () -> ()\n')
            k.write(f"{sem}\t{len(chunk)}\t" + "\t".join(chunk) + "\n")
PY

"$MLIR_OPT" --allow-unregistered-dialect --mlir-print-elementsattrs-with-hex-if-larger=100 "$WORK/fmt.mlir" > "$WORK/fmt.out"
"$MLIR_OPT" --allow-unregistered-dialect --mlir-print-elementsattrs-with-hex-if-larger=100 "$WORK/parse.mlir" > "$WORK/parse.out"

python3 - "$WORK" "$HERE" <<'PY'
import re, sys
work, here = sys.argv[1], sys.argv[2]
widths = {'f16': 16, 'bf16': 16, 'f32': 32, 'f64': 64, 'f80': 80, 'f128': 128, 'tf32': 19, 'f6E3M2FN': 6, 'f6E2M3FN': 6, 'f4E2M1FN': 4}
keys = [l.rstrip('\n').split('\t') for l in open(f"{work}/fmt.keys")]
texts = re.findall(r'\{a = (.*?) : [A-Za-z0-9]+\}', open(f"{work}/fmt.out").read())
assert len(keys) == len(texts), (len(keys), len(texts))
with open(f"{here}/float-format-golden.tsv", "w") as f:
    f.write("# semantics\tbits\tmlir-opt text (generated by gen-float-golden.sh; do not edit)\n")
    for (sem, bits), text in zip(keys, texts):
        f.write(f"{sem}\t{bits}\t{text}\n")

blobs = re.findall(r'dense<"0x([0-9A-F]*)">', open(f"{work}/parse.out").read())
rows = [l.rstrip('\n').split('\t') for l in open(f"{work}/parse.keys")]
assert len(blobs) == len(rows)
with open(f"{here}/float-parse-golden.tsv", "w") as f:
    f.write("# semantics\tdecimal literal\tbits mlir-opt parses it to (generated by gen-float-golden.sh; do not edit)\n")
    for (sem, count, *lits), blob in zip(rows, blobs):
        width = widths.get(sem, 8)
        size = (width + 7) // 8
        data = bytes.fromhex(blob)
        for i, lit in enumerate(lits):
            bits = int.from_bytes(data[i * size:(i + 1) * size], 'little')
            f.write(f"{sem}\t{lit}\t{bits:0{(width + 3) // 4}X}\n")
PY
wc -l "$HERE"/float-format-golden.tsv "$HERE"/float-parse-golden.tsv
