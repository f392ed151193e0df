#!/usr/bin/env node
// Provenance of TfliteInt8SweepTests.cs: int8 conv_2d / depthwise_conv_2d models over odd channel
// counts (1..130), strides, dilations and both paddings, with data from a small LCG that the C#
// test replays. Runs each model with the TFLite oracle's run-tflite and prints one JSON line per
// case {name, ok, output (base64 of the int8 result)}.
//
//   node make-int8-sweep.js [/work/shared/oracles/tflite] > sweep.jsonl
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const oracle = path.resolve(process.argv[2] || '/work/shared/oracles/tflite');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'int8-sweep-'));
let seed = 77;
function rnd() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) / (1 << 24); }
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const i8s = (n) => Array.from({ length: n }, () => ri(-128, 127));
const bytes = (arr, T) => Array.from(new Uint8Array(new T(arr).buffer));
const q = (scale, zp, dim) => ({ scale: [].concat(scale), zero_point: [].concat(zp), quantized_dimension: dim || 0 });
const outSize = (same, n, f, s, d) => { const e = d * (f - 1) + 1; return same ? Math.ceil(n / s) : Math.floor((n - e) / s) + 1; };

// [name, depthwise, N, H, W, C, outOrMultiplier, fH, fW, strideH, strideW, dilH, dilW, SAME, activation, perChannel]
const CASES = [
  ['conv1', false, 1, 5, 5, 1, 1, 3, 3, 1, 1, 1, 1, true, 'NONE', true],
  ['conv2', false, 2, 4, 5, 7, 3, 2, 3, 2, 1, 1, 2, false, 'RELU', true],
  ['conv3', false, 1, 4, 4, 33, 5, 3, 3, 1, 2, 1, 1, true, 'RELU', true],
  ['conv4', false, 1, 3, 4, 130, 2, 1, 1, 1, 1, 1, 1, false, 'NONE', false],
  ['conv5', false, 1, 3, 3, 3, 130, 3, 3, 2, 2, 1, 1, true, 'NONE', true],
  ['dw1', true, 1, 5, 5, 1, 1, 3, 3, 1, 1, 1, 1, true, 'NONE', true],
  ['dw2', true, 1, 4, 5, 7, 3, 2, 2, 2, 2, 1, 1, false, 'RELU', true],
  ['dw3', true, 2, 4, 4, 65, 2, 3, 3, 1, 1, 2, 2, true, 'RELU6', true],
  ['dw4', true, 1, 3, 3, 130, 1, 3, 3, 2, 2, 1, 1, true, 'NONE', false],
];

for (const [name, dw, N, H, W, C, m, fH, fW, sh, sw, dh, dwl, same, act, pc] of CASES) {
  const outC = dw ? C * m : m;
  const iS = 0.01 + rnd() * 0.09, iZ = ri(-20, 20);
  const fScales = Array.from({ length: pc ? outC : 1 }, () => 0.005 + rnd() * 0.045);
  const taps = fH * fW * (dw ? 1 : C);
  const oS = iS * fScales[0] * Math.sqrt(taps) * 48, oZ = ri(-10, 10);
  const x = i8s(N * H * W * C), w = i8s(dw ? fH * fW * outC : outC * fH * fW * C);
  const b = Array.from({ length: outC }, () => ri(-3000, 3000));
  const oH = outSize(same, H, fH, sh, dh), oW = outSize(same, W, fW, sw, dwl);
  const fq = pc ? q(fScales, fScales.map(() => 0), dw ? 3 : 0) : q(fScales[0], 0);
  const tensors = [
    { name: 'x', shape: [N, H, W, C], type: 'INT8', buffer: 0, quantization: q(iS, iZ) },
    { name: 'w', shape: dw ? [1, fH, fW, outC] : [outC, fH, fW, C], type: 'INT8', buffer: 1, quantization: fq },
    { name: 'b', shape: [outC], type: 'INT32', buffer: 2, quantization: q(Array.from({ length: outC }, (_, c) => iS * fScales[pc ? c : 0]), Array(outC).fill(0), 0) },
    { name: 'y', shape: [N, oH, oW, outC], type: 'INT8', buffer: 0, quantization: q(oS, oZ) },
  ];
  const options = { padding: same ? 'SAME' : 'VALID', stride_w: sw, stride_h: sh, fused_activation_function: act, dilation_w_factor: dwl, dilation_h_factor: dh };
  if (dw) options.depth_multiplier = m;
  const model = { version: 3, description: name,
    operator_codes: [{ deprecated_builtin_code: dw ? 4 : 3, builtin_code: dw ? 'DEPTHWISE_CONV_2D' : 'CONV_2D', version: 3 }],
    subgraphs: [{ name: 'main', tensors, inputs: [0], outputs: [3], operators: [{ opcode_index: 0, inputs: [0, 1, 2], outputs: [3],
      builtin_options_type: dw ? 'DepthwiseConv2DOptions' : 'Conv2DOptions', builtin_options: options }] }],
    buffers: [{}, { data: bytes(w, Int8Array) }, { data: bytes(b, Int32Array) }] };
  const jp = path.join(dir, name + '.json');
  fs.writeFileSync(jp, JSON.stringify(model));
  execFileSync('flatc', ['-b', '-o', dir, path.join(oracle, 'build', 'schema.fbs'), jp]);
  const ip = path.join(dir, name + '_in.json');
  fs.writeFileSync(ip, JSON.stringify([x]));
  let out;
  try { out = execFileSync(path.join(oracle, 'run-tflite'), [path.join(dir, name + '.tflite'), ip, '--quiet']).toString(); }
  catch (e) { out = e.stdout.toString(); }
  const r = JSON.parse(out);
  const output = r.ok ? Buffer.from(new Int8Array(r.outputs[0].data).buffer).toString('base64') : null;
  console.log(JSON.stringify({ name, ok: r.ok, error: r.error, output }));
}

// Second sweep (own seed): add/sub/mul with broadcasting and average pooling over odd channel
// counts. [name, op, xShape, yShape (or pool [fH, fW, sH, sW, SAME]), outShape, activation]
seed = 91;
const ELEMENTWISE = [
  ['add1', 'ADD', [3, 4, 7], [7], [3, 4, 7], 'NONE'],
  ['add2', 'ADD', [2, 1, 5], [2, 6, 5], [2, 6, 5], 'RELU'],
  ['sub1', 'SUB', [3, 4, 7], [3, 4, 7], [3, 4, 7], 'RELU6'],
  ['mul1', 'MUL', [3, 4, 7], [4, 1], [3, 4, 7], 'NONE'],
  ['avg1', 'AVERAGE_POOL_2D', [1, 7, 6, 13], [3, 2, 2, 1, true], [1, 4, 6, 13], 'NONE'],
  ['avg2', 'AVERAGE_POOL_2D', [2, 5, 5, 130], [2, 2, 2, 2, false], [2, 2, 2, 130], 'RELU'],
];
const CODE = { ADD: 0, SUB: 41, MUL: 18, AVERAGE_POOL_2D: 1 };
for (const [name, op, xs, ys, os_, act] of ELEMENTWISE) {
  const pool = op === 'AVERAGE_POOL_2D';
  const xS = 0.01 + rnd() * 0.09, xZ = ri(-20, 20);
  const yS = pool ? xS : 0.01 + rnd() * 0.09, yZ = pool ? xZ : ri(-20, 20);
  const oS = pool ? xS : op === 'MUL' ? xS * yS * (32 + rnd() * 64) : 0.02 + rnd() * 0.18, oZ = pool ? xZ : ri(-20, 20);
  const count = (s) => s.reduce((a, b) => a * b, 1);
  const x = i8s(count(xs)), y = pool ? null : i8s(count(ys));
  const tensors = [{ name: 'x', shape: xs, type: 'INT8', buffer: 0, quantization: q(xS, xZ) }];
  if (!pool) tensors.push({ name: 'y', shape: ys, type: 'INT8', buffer: 0, quantization: q(yS, yZ) });
  tensors.push({ name: 'o', shape: os_, type: 'INT8', buffer: 0, quantization: q(oS, oZ) });
  const inputs = pool ? [0] : [0, 1], out = pool ? 1 : 2;
  const options = pool
    ? { padding: ys[4] ? 'SAME' : 'VALID', filter_height: ys[0], filter_width: ys[1], stride_h: ys[2], stride_w: ys[3], fused_activation_function: act }
    : { fused_activation_function: act };
  const optionsType = pool ? 'Pool2DOptions' : op === 'ADD' ? 'AddOptions' : op === 'SUB' ? 'SubOptions' : 'MulOptions';
  const model = { version: 3, description: name,
    operator_codes: [{ deprecated_builtin_code: CODE[op], builtin_code: op, version: 2 }],
    subgraphs: [{ name: 'main', tensors, inputs, outputs: [out], operators: [{ opcode_index: 0, inputs, outputs: [out],
      builtin_options_type: optionsType, builtin_options: options }] }],
    buffers: [{}] };
  const jp = path.join(dir, name + '.json');
  fs.writeFileSync(jp, JSON.stringify(model));
  execFileSync('flatc', ['-b', '-o', dir, path.join(oracle, 'build', 'schema.fbs'), jp]);
  const ip = path.join(dir, name + '_in.json');
  fs.writeFileSync(ip, JSON.stringify(pool ? [x] : [x, y]));
  let res;
  try { res = execFileSync(path.join(oracle, 'run-tflite'), [path.join(dir, name + '.tflite'), ip, '--quiet']).toString(); }
  catch (e) { res = e.stdout.toString(); }
  const r = JSON.parse(res);
  const output = r.ok ? Buffer.from(new Int8Array(r.outputs[0].data).buffer).toString('base64') : null;
  console.log(JSON.stringify({ name, ok: r.ok, error: r.error, output }));
}
