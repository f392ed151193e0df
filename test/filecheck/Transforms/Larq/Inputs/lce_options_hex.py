#!/usr/bin/env python3
"""Independent encoder of LCE's custom options (a FlexBuffers map of ints), written from
lce-spec §5.1-5.3 and used to derive the expected `#tfl<const_bytes>` strings of the
legalize/translate FileCheck suites. Not used by the tests at run time.

  lce_options_hex.py bconv CIN DH DW ACT PADV PAD SH SW   (ACT, PAD as ints)
  lce_options_hex.py bmaxpool PAD SW SH FW FH
  lce_options_hex.py map KEY=INT ...                      (any keys, in this insertion order)
"""
import sys


def width_u(u):
    for bits, w in ((8, 1), (16, 2), (32, 4)):
        if u < (1 << bits):
            return w
    return 8


def width_i(i):
    return width_u(i << 1 if i >= 0 else ~(i << 1))


def pad_to(n, w):
    return (-n) % w


def offset_width(size, index, target):
    for b in (1, 2, 4, 8):
        loc = size + pad_to(size, b) + index * b
        if width_u(loc - target) <= b:
            return b
    raise ValueError("offset too large")


CODE = {1: 0, 2: 1, 4: 2, 8: 3}


def encode(entries):
    buf = bytearray()
    key_pos = {}
    for key, _ in entries:
        key_pos[key] = len(buf)
        buf += key.encode() + b"\0"
    entries = sorted(entries, key=lambda e: e[0].encode())
    n = len(entries)
    # Keys vector (typed VECTOR_KEY): its width covers the length and every key offset.
    wk = width_u(n)
    for i, (key, _) in enumerate(entries):
        wk = max(wk, offset_width(len(buf), i + 1, key_pos[key]))
    buf += b"\0" * pad_to(len(buf), wk)
    buf += n.to_bytes(wk, "little")
    keys_first = len(buf)
    for key, _ in entries:
        buf += (len(buf) - key_pos[key]).to_bytes(wk, "little")
    # The map: keys offset, keys width, length, values, one type byte per value.
    w = max([width_u(n), offset_width(len(buf), 0, keys_first)] + [width_i(v) for _, v in entries])
    buf += b"\0" * pad_to(len(buf), w)
    buf += (len(buf) - keys_first).to_bytes(w, "little")
    buf += wk.to_bytes(w, "little")
    buf += n.to_bytes(w, "little")
    values_first = len(buf)
    for _, v in entries:
        buf += v.to_bytes(w, "little", signed=True)
    buf += bytes([(1 << 2) | CODE[w]] * n)
    # Root: offset back to the first value, the map's packed type, the root width.
    wr = offset_width(len(buf), 0, values_first)
    buf += b"\0" * pad_to(len(buf), wr)
    buf += (len(buf) - values_first).to_bytes(wr, "little")
    buf += bytes([(9 << 2) | CODE[w], wr])
    return bytes(buf)


def main(argv):
    kind = argv[1]
    if kind == "map":
        pairs = [a.split("=", 1) for a in argv[2:]]
        print("0x" + encode([(k, int(v)) for k, v in pairs]).hex().upper())
        return
    vals = [int(a) for a in argv[2:]]
    if kind == "bconv":
        keys = ["channels_in", "dilation_height_factor", "dilation_width_factor", "fused_activation_function",
                "pad_values", "padding", "stride_height", "stride_width"]
    else:
        keys = ["padding", "stride_width", "stride_height", "filter_width", "filter_height"]
    print("0x" + encode(list(zip(keys, vals))).hex().upper())


if __name__ == "__main__":
    main(sys.argv)
