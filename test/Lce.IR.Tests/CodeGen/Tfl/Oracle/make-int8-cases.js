#!/usr/bin/env node
// Provenance of TfliteInt8OracleTests.cs: builds single-op int8 TFLite models (flatc JSON →
// .tflite) with deterministic data, runs each with the TFLite oracle's run-tflite and prints one
// JSON line per case {name, ok, inputs, outputs}; weights and biases go to stderr. The oracle
// folder needs `npm ci` and `./build.sh` (see its README).
//
//   node make-int8-cases.js [/work/shared/oracles/tflite] > results.jsonl 2> weights.jsonl
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { execFileSync } = require('child_process');
const oracle = path.resolve(process.argv[2] || '/work/shared/oracles/tflite');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'int8-cases-'));
let seed = 2024;
function rnd() { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) / (1 << 24); }
const ri = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));   // inclusive
const i8s = (n) => Array.from({ length: n }, () => ri(-128, 127));
const size = (s) => s.reduce((a, b) => a * b, 1);
const bytes = (arr, T) => Array.from(new Uint8Array(new T(arr).buffer));
const CODES = { ADD: 0, AVERAGE_POOL_2D: 1, CONCATENATION: 2, CONV_2D: 3, DEPTHWISE_CONV_2D: 4, DEQUANTIZE: 6,
  FULLY_CONNECTED: 9, LOGISTIC: 14, MAX_POOL_2D: 17, MUL: 18, RELU: 19, RELU6: 21, SOFTMAX: 25, TANH: 28, PAD: 34,
  MEAN: 40, SUB: 41, QUANTIZE: 114 };
const q = (scale, zp, dim) => ({ scale: [].concat(scale), zero_point: [].concat(zp), quantized_dimension: dim || 0 });

// tensors: [{shape, type, quant, data?}]; inputs/outputs index lists; op {code, version, inputs, outputs, options_type, options}
function run(name, tensors, opInputs, opOutputs, code, version, optionsType, options, feeds) {
  const buffers = [{}];
  const ts = tensors.map((t, i) => {
    let buffer = 0;
    if (t.data) { buffers.push({ data: bytes(t.data, t.type === 'INT32' ? Int32Array : t.type === 'FLOAT32' ? Float32Array : Int8Array) }); buffer = buffers.length - 1; }
    const o = { name: 't' + i, shape: t.shape, type: t.type, buffer };
    if (t.quant) o.quantization = t.quant;
    return o;
  });
  const graphInputs = tensors.map((t, i) => (t.data || t.output) ? -1 : i).filter((i) => i >= 0);
  const op = { opcode_index: 0, inputs: opInputs, outputs: opOutputs };
  if (optionsType) { op.builtin_options_type = optionsType; op.builtin_options = options; }
  const model = { version: 3, description: name,
    operator_codes: [{ deprecated_builtin_code: Math.min(CODES[code], 127), builtin_code: code, version }],
    subgraphs: [{ name: 'main', tensors: ts, inputs: graphInputs, outputs: opOutputs, operators: [op] }], buffers };
  const jp = path.join(dir, name + '.json');
  fs.writeFileSync(jp, JSON.stringify(model));
  execFileSync('flatc', ['-b', '-o', dir, path.join(oracle, 'build', 'schema.fbs'), jp]);
  const ip = path.join(dir, name + '_in.json');
  fs.writeFileSync(ip, JSON.stringify(feeds));
  let out;
  try { out = execFileSync(path.join(oracle, 'run-tflite'), [path.join(dir, name + '.tflite'), ip, '--quiet']).toString(); }
  catch (e) { out = e.stdout.toString(); }
  const r = JSON.parse(out);
  console.log(JSON.stringify({ name, ok: r.ok, error: r.error, inputs: feeds, outputs: r.ok ? r.outputs.map((o) => o.data) : null }));
}

const T = (shape, type, quant, data) => ({ shape, type, quant, data });
const O = (shape, type, quant) => ({ shape, type, quant, output: true });
const allInt8 = Array.from({ length: 256 }, (_, i) => i - 128);

// conv_2d per-channel, SAME, stride 1, RELU
{
  const fs_ = [0.02, 0.03, 0.015, 0.025], iS = 0.05;
  const x = i8s(75), w = i8s(108), b = [ri(-3000, 3000), ri(-3000, 3000), ri(-3000, 3000), ri(-3000, 3000)];
  run('conv_pc', [T([1, 5, 5, 3], 'INT8', q(iS, -3)), T([4, 3, 3, 3], 'INT8', q(fs_, [0, 0, 0, 0], 0), w),
    T([4], 'INT32', q(fs_.map((f) => f * iS), [0, 0, 0, 0], 0), b), O([1, 5, 5, 4], 'INT8', q(0.1, 2))],
  [0, 1, 2], [3], 'CONV_2D', 3, 'Conv2DOptions', { padding: 'SAME', stride_w: 1, stride_h: 1, fused_activation_function: 'RELU', dilation_w_factor: 1, dilation_h_factor: 1 }, [x]);
  console.error(JSON.stringify({ conv_pc: { w, b } }));
}
// conv_2d per-tensor filter, VALID, stride 2, dilation 2 (height)
{
  const x = i8s(1 * 7 * 6 * 2), w = i8s(3 * 2 * 2 * 2), b = [ri(-900, 900), ri(-900, 900), ri(-900, 900)];
  run('conv_pt', [T([1, 7, 6, 2], 'INT8', q(0.07, 10)), T([3, 2, 2, 2], 'INT8', q(0.04, 0), w), T([3], 'INT32', q(0.0028, 0), b), O([1, 3, 3, 3], 'INT8', q(0.2, -5))],
  [0, 1, 2], [3], 'CONV_2D', 3, 'Conv2DOptions', { padding: 'VALID', stride_w: 2, stride_h: 2, fused_activation_function: 'NONE', dilation_w_factor: 1, dilation_h_factor: 2 }, [x]);
  console.error(JSON.stringify({ conv_pt: { w, b } }));
}
// depthwise per-channel, multiplier 2, SAME, dilation 2
{
  const fs_ = [0.02, 0.05, 0.03, 0.01], iS = 0.06;
  const x = i8s(72), w = i8s(36), b = [ri(-2000, 2000), ri(-2000, 2000), ri(-2000, 2000), ri(-2000, 2000)];
  run('dw_pc', [T([1, 6, 6, 2], 'INT8', q(iS, 4)), T([1, 3, 3, 4], 'INT8', q(fs_, [0, 0, 0, 0], 3), w),
    T([4], 'INT32', q(fs_.map((f) => f * iS), [0, 0, 0, 0], 0), b), O([1, 6, 6, 4], 'INT8', q(0.08, -1))],
  [0, 1, 2], [3], 'DEPTHWISE_CONV_2D', 3, 'DepthwiseConv2DOptions', { padding: 'SAME', stride_w: 1, stride_h: 1, depth_multiplier: 2, fused_activation_function: 'RELU6', dilation_w_factor: 2, dilation_h_factor: 2 }, [x]);
  console.error(JSON.stringify({ dw_pc: { w, b } }));
}
// fully_connected per-tensor
{
  const x = i8s(20), w = i8s(30), b = [ri(-500, 500), ri(-500, 500), ri(-500, 500)];
  run('fc_pt', [T([2, 10], 'INT8', q(0.03, -7)), T([3, 10], 'INT8', q(0.02, 0), w), T([3], 'INT32', q(0.0006, 0), b), O([2, 3], 'INT8', q(0.05, 3))],
  [0, 1, 2], [3], 'FULLY_CONNECTED', 4, 'FullyConnectedOptions', { fused_activation_function: 'NONE', weights_format: 'DEFAULT', keep_num_dims: false }, [x]);
  console.error(JSON.stringify({ fc_pt: { w, b } }));
}
// add / sub / mul with broadcasting
for (const [name, code, opts, ver, act] of [['add', 'ADD', 'AddOptions', 2, 'RELU6'], ['sub', 'SUB', 'SubOptions', 2, 'NONE'], ['mul', 'MUL', 'MulOptions', 2, 'RELU']]) {
  const x = i8s(24), y = i8s(4);
  run(name, [T([2, 3, 4], 'INT8', q(0.05, -10)), T([4], 'INT8', q(0.11, 7)), O([2, 3, 4], 'INT8', q(name === 'mul' ? 0.3 : 0.09, 3))],
  [0, 1], [2], code, ver, opts, { fused_activation_function: act }, [x, y]);
}
// pooling
{
  const x = i8s(1 * 5 * 6 * 3);
  run('avgpool', [T([1, 5, 6, 3], 'INT8', q(0.1, -4)), O([1, 3, 3, 3], 'INT8', q(0.1, -4))], [0], [1], 'AVERAGE_POOL_2D', 2, 'Pool2DOptions',
    { padding: 'SAME', stride_w: 2, stride_h: 2, filter_width: 3, filter_height: 3, fused_activation_function: 'NONE' }, [x]);
  run('maxpool', [T([1, 5, 6, 3], 'INT8', q(0.1, -4)), O([1, 2, 3, 3], 'INT8', q(0.1, -4))], [0], [1], 'MAX_POOL_2D', 2, 'Pool2DOptions',
    { padding: 'VALID', stride_w: 2, stride_h: 2, filter_width: 2, filter_height: 2, fused_activation_function: 'RELU' }, [x]);
}
// mean: 4D over [1, 2] keep_dims, and 3D over [2]
{
  const x = i8s(1 * 4 * 5 * 3);
  run('mean4d', [T([1, 4, 5, 3], 'INT8', q(0.05, 6)), T([2], 'INT32', null, [1, 2]), O([1, 1, 1, 3], 'INT8', q(0.02, -3))], [0, 1], [2], 'MEAN', 2, 'ReducerOptions', { keep_dims: true }, [x]);
  const y = i8s(2 * 3 * 7);
  run('mean3d', [T([2, 3, 7], 'INT8', q(0.05, 6)), T([1], 'INT32', null, [2]), O([2, 3], 'INT8', q(0.03, -2))], [0, 1], [2], 'MEAN', 2, 'ReducerOptions', { keep_dims: false }, [y]);
}
// softmax
{
  const x = i8s(30);
  run('softmax', [T([3, 10], 'INT8', q(0.07, 5)), O([3, 10], 'INT8', q(1 / 256, -128))], [0], [1], 'SOFTMAX', 2, 'SoftmaxOptions', { beta: 1.0 }, [x]);
}
// activations over every int8 value
run('logistic', [T([256], 'INT8', q(0.06, 9)), O([256], 'INT8', q(1 / 256, -128))], [0], [1], 'LOGISTIC', 2, null, null, [allInt8]);
run('tanh', [T([256], 'INT8', q(0.03, -7)), O([256], 'INT8', q(1 / 128, 0))], [0], [1], 'TANH', 2, null, null, [allInt8]);
run('relu', [T([256], 'INT8', q(0.05, -20)), O([256], 'INT8', q(0.03, -128))], [0], [1], 'RELU', 2, null, null, [allInt8]);
run('relu6', [T([256], 'INT8', q(0.05, 3)), O([256], 'INT8', q(0.025, -100))], [0], [1], 'RELU6', 2, null, null, [allInt8]);
// quantize / requantize / dequantize
{
  const xs = Array.from({ length: 40 }, (_, i) => (i - 20) * 0.0375 + (i % 3) * 0.0125);
  run('quantize', [T([40], 'FLOAT32', null), O([40], 'INT8', q(0.025, -3))], [0], [1], 'QUANTIZE', 1, null, null, [xs]);
  run('requantize', [T([256], 'INT8', q(0.05, 3)), O([256], 'INT8', q(0.07, -9))], [0], [1], 'QUANTIZE', 2, null, null, [allInt8]);
  run('dequantize', [T([256], 'INT8', q(0.05, 3)), O([256], 'FLOAT32', null)], [0], [1], 'DEQUANTIZE', 2, null, null, [allInt8]);
}
// fully_connected with per-channel weights
{
  const fs_ = [0.02, 0.035, 0.01], iS = 0.03;
  const x = i8s(20), w = i8s(30), b = [ri(-500, 500), ri(-500, 500), ri(-500, 500)];
  run('fc_pc', [T([2, 10], 'INT8', q(iS, -7)), T([3, 10], 'INT8', q(fs_, [0, 0, 0], 0), w), T([3], 'INT32', q(fs_.map((f) => f * iS), [0, 0, 0], 0), b), O([2, 3], 'INT8', q(0.4, 3))],
  [0, 1, 2], [3], 'FULLY_CONNECTED', 5, 'FullyConnectedOptions', { fused_activation_function: 'RELU', weights_format: 'DEFAULT', keep_num_dims: false }, [x]);
  console.error(JSON.stringify({ fc_pc: { w, b } }));
}
// concatenation of inputs with different scales (TFLite's int8 kernel refuses to rescale)
run('concat_scales', [T([2, 2], 'INT8', q(0.05, 0)), T([2, 2], 'INT8', q(0.1, 0)), O([4, 2], 'INT8', q(0.05, 0))], [0, 1], [2], 'CONCATENATION', 2,
  'ConcatenationOptions', { axis: 0, fused_activation_function: 'NONE' }, [[1, 2, 3, 4], [5, 6, 7, 8]]);
// pad fills with the output zero point
run('pad', [T([2, 3], 'INT8', q(0.05, -7)), T([2, 2], 'INT32', null, [1, 0, 0, 2]), O([3, 5], 'INT8', q(0.05, -7))], [0, 1], [2], 'PAD', 2,
  'PadOptions', {}, [[1, 2, 3, 4, 5, 6]]);
// per-axis dequantize (axis 1 of [3, 4]) and per-axis quantize
run('dequantize_pc', [T([3, 4], 'INT8', q([0.5, 0.25, 0.1, 0.03], [0, 1, -2, 3], 1)), O([3, 4], 'FLOAT32', null)], [0], [1], 'DEQUANTIZE', 4, null, null,
  [[-128, -3, 0, 7, 127, 50, -50, 1, 9, -9, 100, -100]]);
run('quantize_pc', [T([3, 4], 'FLOAT32', null), O([3, 4], 'INT8', q([0.5, 0.25, 0.1, 0.03], [0, 1, -2, 3], 1))], [0], [1], 'QUANTIZE', 1, null, null,
  [[-1.3, 0.4, 0.77, -0.2, 70, 0.126, -0.55, 3.1, 0.2, -0.45, 0.01, 0.333]]);
