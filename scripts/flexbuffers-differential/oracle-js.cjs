// Differential harness, JavaScript side: replays the js=1 scripts of FlexDiff.cs (first
// tab-separated column of each stdin line) on the FlexBuffers builder of the npm package
// `flatbuffers` (Google's port of the C++ builder) and prints the hex, or "-" for scripts it
// cannot express. Usage: node oracle-js.cjs <dir holding node_modules/flatbuffers> legacy|current
//
// Two deviations of the port from C++ are patched here, in a copy of builder.js inside that
// directory, so that it compares like C++: an inline float is written at its own width (4 bytes)
// even in an 8-byte slot, where C++ writes the double; and the type byte of an inline element
// keeps the element's own width, where C++ raises it to the vector's. The port also sizes offsets
// by absolute stack index, as C++ did before flatbuffers 2.0 ("legacy"); "current" patches that
// to the index within the vector, as C++ 23.5.26 does.
'use strict';
const fs = require('fs');
const path = require('path');
const readline = require('readline');
const base = path.join(process.argv[2], 'node_modules', 'flatbuffers', 'js', 'flexbuffers');
const mode = process.argv[3];
if (mode !== 'legacy' && mode !== 'current') throw new Error('mode must be legacy or current');

function replaceOnce(text, from, to) {
  const parts = text.split(from);
  if (parts.length !== 2) throw new Error(`expected one occurrence of ${from} in builder.js, found ${parts.length - 1}`);
  return parts.join(to);
}
let source = fs.readFileSync(path.join(base, 'builder.js'), 'utf8');
source = replaceOnce(source, 'this.stack[i].storedPackedType(), 1)', 'this.stack[i].storedPackedType(bitWidth), 1)');
if (mode === 'current')
  source = replaceOnce(source, 'elementWidth(this.offset, i + prefixElements)', 'elementWidth(this.offset, i - start + prefixElements)');
const patched = path.join(base, `builder-patched-${mode}.js`);
fs.writeFileSync(patched, source);
const { Builder } = require(patched);
const { StackValue } = require(path.join(base, 'stack-value.js'));
const { ValueType } = require(path.join(base, 'value-type.js'));

const writeToBuffer = StackValue.prototype.writeToBuffer;
StackValue.prototype.writeToBuffer = function (byteWidth) {
  if (this.type !== ValueType.FLOAT) return writeToBuffer.call(this, byteWidth);
  const newOffset = this.builder.computeOffset(byteWidth);
  if (byteWidth === 4) this.builder.view.setFloat32(this.builder.offset, this.value, true);
  else this.builder.view.setFloat64(this.builder.offset, this.value, true);
  this.offset = newOffset;
};

const decoder = new TextDecoder('utf-8', { fatal: true });
const fromHex = (h) => Uint8Array.from(h.match(/../g) || [], (x) => parseInt(x, 16));
const toHex = (bytes) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
const integer = (text) => {
  const big = BigInt(text);
  return big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
};
const float32 = (hex) => new DataView(Uint32Array.of(parseInt(hex, 16)).buffer).getFloat32(0, true);
const float64 = (hex) => new DataView(BigUint64Array.of(BigInt('0x' + hex)).buffer).getFloat64(0, true);

function run(script) {
  const tokens = script.split(' ');
  if (tokens[0] !== '1') return '-';
  const flags = Number(tokens[1]);
  const b = new Builder(2048, (flags & 2) !== 0, (flags & 1) !== 0, false);
  for (const t of tokens.slice(2)) {
    const a = t.slice(1);
    switch (t[0]) {
      case 'n': b.add(null); break;
      case 'b': b.add(a === '1'); break;
      case 'i': b.addInt(integer(a)); break;
      case 'u': b.addUInt(integer(a)); break;
      case 'f': b.addFloat(float32(a)); break;
      case 'd': b.addFloat(float64(a)); break;
      case 'I': b.addInt(integer(a), true); break;
      case 'U': b.addUInt(integer(a), true); break;
      case 'G': b.addFloat(float32(a), true); break;
      case 'D': b.addFloat(float64(a), true); break;
      case 'k': b.addKey(decoder.decode(fromHex(a))); break;
      case 's': b.add(decoder.decode(fromHex(a))); break;
      case 'B': b.add(fromHex(a)); break;
      case '[': b.startVector(); break;
      case '{': b.startMap(); break;
      case ']': case '}': b.end(); break;
      default: throw new Error('op not expressible in JS: ' + t);
    }
  }
  return toHex(b.finish());
}

const out = [];
readline.createInterface({ input: process.stdin, crlfDelay: Infinity })
  .on('line', (line) => out.push(run(line.split('\t')[0])))
  .on('close', () => process.stdout.write(out.join('\n') + (out.length ? '\n' : '')));
