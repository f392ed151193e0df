namespace Lce.Tests.ConverterPasses;

using System.Globalization;
using System.Text;

/// <summary>
/// Random small networks, as MLIR text, for translation validation: a float TFLite network with
/// everything tfl-optimize folds (per-channel mul/add/div/sub after convolutions and a fully
/// connected layer, separate activations, consecutive reshapes), and a binarized tf network
/// (ste_sign, ±1 convolutions, batch norms, padding with ones) for the LCE part of the pipeline.
/// </summary>
internal sealed class RandomNetworks(int seed)
{
    private readonly Random _rng = new(seed);
    private readonly StringBuilder _body = new();
    private int _n;

    private static string F(float v)
    {
        var text = v.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
        // MLIR wants a float literal for float elements: "1" must be "1.0".
        return text.Contains('.') || text.Contains('e') ? text : text + ".0";
    }
    private static string T(IEnumerable<long> shape, string e = "f32") => "tensor<" + string.Concat(shape.Select(d => $"{d}x")) + e + ">";

    private float Uniform(double lo, double hi) => (float)(lo + (hi - lo) * _rng.NextDouble());

    private string Const(long[] shape, Func<float> value)
    {
        long count = shape.Aggregate(1L, (a, b) => a * b);
        var v = $"%k{_n++}";
        _body.Append($"  {v} = arith.constant dense<[{string.Join(", ", Enumerable.Range(0, (int)count).Select(_ => F(value())))}]> : {T([count])}\n");
        if (shape.Length == 1) return v;
        var reshaped = $"%k{_n++}";
        // A 1-D literal reshaped by a constant-folded tfl.reshape keeps the text simple and exercises folding.
        var s = $"%s{_n++}";
        _body.Append($"  {s} = arith.constant dense<[{string.Join(", ", shape)}]> : {T([shape.Length], "i32")}\n");
        _body.Append($"  {reshaped} = \"tfl.reshape\"({v}, {s}) : ({T([count])}, {T([shape.Length], "i32")}) -> {T(shape)}\n");
        return reshaped;
    }

    private string Op(string text)
    {
        var v = $"%v{_n++}";
        _body.Append($"  {v} = {text}\n");
        return v;
    }

    private string Activation() => new[] { "NONE", "RELU", "RELU6", "RELU_N1_TO_1" }[_rng.Next(4)];

    /// <summary>A float TFLite network; returns (text, input shape).</summary>
    public (string Text, int[] Input) TflNetwork()
    {
        int h = _rng.Next(3, 8), w = _rng.Next(3, 8), c = _rng.Next(1, 5), c2 = _rng.Next(1, 6), k = _rng.Next(1, 4);
        int stride = _rng.Next(1, 3);
        bool same = _rng.Next(2) == 0 || h < k || w < k;
        long oh = same ? (h + stride - 1) / stride : (h - k) / stride + 1, ow = same ? (w + stride - 1) / stride : (w - k) / stride + 1;
        long[] x = [1, h, w, c], y = [1, oh, ow, c2];

        var filter = Const([c2, k, k, c], () => Uniform(-1, 1));
        var bias = Const([c2], () => Uniform(-0.5, 0.5));
        var conv = Op($"\"tfl.conv_2d\"(%x, {filter}, {bias}) {{dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = \"NONE\", padding = \"{(same ? "SAME" : "VALID")}\", stride_h = {stride} : i32, stride_w = {stride} : i32}} : ({T(x)}, {T([c2, k, k, c])}, {T([c2])}) -> {T(y)}");
        // Batch norm as TFLite sees it after legalization: a per-channel (or scalar) mul then add.
        var scaleShape = _rng.Next(3) == 0 ? Array.Empty<long>() : new long[] { c2 };
        var scale = Const(scaleShape.Length == 0 ? [1] : scaleShape, () => Uniform(0.25, 2) * (_rng.Next(4) == 0 ? -1 : 1));
        var scaled = Op($"tfl.{(_rng.Next(3) == 0 ? "div" : "mul")}({conv}, {scale}) {{fused_activation_function = \"NONE\"}} : ({T(y)}, {T(scaleShape.Length == 0 ? [1] : scaleShape)}) -> {T(y)}");
        var offsetShape = _rng.Next(2) == 0 ? new long[] { c2 } : new long[] { 1, 1, 1, c2 };
        var offset = Const(offsetShape, () => Uniform(-1, 1));
        var bn = Op($"tfl.{(_rng.Next(3) == 0 ? "sub" : "add")}({scaled}, {offset}) {{fused_activation_function = \"{Activation()}\"}} : ({T(y)}, {T(offsetShape)}) -> {T(y)}");

        // A 1x1 convolution with a separate activation.
        var f2 = Const([c2, 1, 1, c2], () => Uniform(-1, 1));
        var b2 = Const([c2], () => Uniform(-0.5, 0.5));
        var conv2 = Op($"\"tfl.conv_2d\"({bn}, {f2}, {b2}) {{dilation_h_factor = 1 : i32, dilation_w_factor = 1 : i32, fused_activation_function = \"NONE\", padding = \"VALID\", stride_h = 1 : i32, stride_w = 1 : i32}} : ({T(y)}, {T([c2, 1, 1, c2])}, {T([c2])}) -> {T(y)}");
        var act = Op($"\"tfl.{new[] { "relu", "relu6", "relu_n1_to_1" }[_rng.Next(3)]}\"({conv2}) : ({T(y)}) -> {T(y)}");

        string pooled = act;
        long[] p = y;
        if (oh >= 2 && ow >= 2)
        {
            p = [1, oh - 1, ow - 1, c2];
            var pool = Op($"\"tfl.{(_rng.Next(2) == 0 ? "max_pool_2d" : "average_pool_2d")}\"({act}) {{filter_height = 2 : i32, filter_width = 2 : i32, fused_activation_function = \"NONE\", padding = \"VALID\", stride_h = 1 : i32, stride_w = 1 : i32}} : ({T(y)}) -> {T(p)}");
            pooled = Op($"\"tfl.relu\"({pool}) : ({T(p)}) -> {T(p)}");
        }
        long n = p.Aggregate(1L, (a, b) => a * b);
        long[] mid = [p[1] * p[2], c2], flat = [1, n];
        _body.Append($"  %mid = arith.constant dense<[{mid[0]}, {mid[1]}]> : tensor<2xi32>\n");
        var r1 = Op($"\"tfl.reshape\"({pooled}, %mid) : ({T(p)}, tensor<2xi32>) -> {T(mid)}");
        _body.Append($"  %flat = arith.constant dense<[1, {n}]> : tensor<2xi32>\n");
        var r2 = Op($"\"tfl.reshape\"({r1}, %flat) : ({T(mid)}, tensor<2xi32>) -> {T(flat)}");

        int units = _rng.Next(1, 6);
        var fw = Const([units, n], () => Uniform(-1, 1));
        var none = Op("\"tfl.no_value\"() {value} : () -> none");
        var fc = Op($"\"tfl.fully_connected\"({r2}, {fw}, {none}) {{fused_activation_function = \"NONE\", keep_num_dims = false, weights_format = \"DEFAULT\"}} : ({T(flat)}, {T([units, n])}, none) -> {T([1, units])}");
        var fm = Const([units], () => Uniform(0.5, 2));
        var fcm = Op($"tfl.mul({fc}, {fm}) {{fused_activation_function = \"NONE\"}} : ({T([1, units])}, {T([units])}) -> {T([1, units])}");
        var fa = Const([units], () => Uniform(-1, 1));
        var fca = Op($"tfl.add({fcm}, {fa}) {{fused_activation_function = \"{Activation()}\"}} : ({T([1, units])}, {T([units])}) -> {T([1, units])}");
        var text = $"func.func @main(%x: {T(x)}) -> {T([1, units])} {{\n{_body}  return {fca} : {T([1, units])}\n}}\n";
        return (text, [1, h, w, c]);
    }

    /// <summary>A tf.Const with a nested dense literal (the tf dialect folds no reshape of constants).</summary>
    private string TfConst(long[] shape, Func<float> value)
    {
        long count = shape.Aggregate(1L, (a, b) => a * b);
        var values = Enumerable.Range(0, (int)count).Select(_ => F(value())).ToArray();
        var v = $"%k{_n++}";
        _body.Append($"  {v} = \"tf.Const\"() {{value = dense<{Nested(values, shape, 0, 0)}> : {T(shape)}}} : () -> {T(shape)}\n");
        return v;
    }

    private static string Nested(string[] values, long[] shape, int dim, long offset)
    {
        if (dim == shape.Length) return values[offset];
        long stride = shape.Skip(dim + 1).Aggregate(1L, (a, b) => a * b);
        return "[" + string.Join(", ", Enumerable.Range(0, (int)shape[dim]).Select(i => Nested(values, shape, dim + 1, offset + i * stride))) + "]";
    }

    /// <summary>Larq's ste_sign as TF exports it: select(x >= 0, 1, -1).</summary>
    private string SteSign(string x, long[] shape)
    {
        var ge = Op($"\"tf.GreaterEqual\"({x}, %zero) : ({T(shape)}, tensor<f32>) -> {T(shape, "i1")}");
        return Op($"\"tf.SelectV2\"({ge}, %one, %minus) : ({T(shape, "i1")}, tensor<f32>, tensor<f32>) -> {T(shape)}");
    }

    /// <summary>A ±1 (times a positive per-output-channel scale) HWIO kernel.</summary>
    private string BinaryKernel(int k, long cin, long cout)
    {
        var scales = Enumerable.Range(0, (int)cout).Select(_ => _rng.Next(2) == 0 ? 1f : Uniform(0.1, 2)).ToArray();
        int i = 0;
        return TfConst([k, k, cin, cout], () => (_rng.Next(2) == 0 ? -1 : 1) * scales[i++ % cout]);
    }

    private string BatchNorm(string x, long[] shape)
    {
        long c = shape[^1];
        var m = TfConst([c], () => Uniform(0.2, 2) * (_rng.Next(4) == 0 ? -1 : 1));
        var b = TfConst([c], () => Uniform(-3, 3));
        var scaled = Op($"\"tf.Mul\"({x}, {m}) : ({T(shape)}, {T([c])}) -> {T(shape)}");
        return Op($"\"tf.AddV2\"({scaled}, {b}) : ({T(shape)}, {T([c])}) -> {T(shape)}");
    }

    /// <summary>
    /// A binarized tf network: two binary convolutions (the first optionally padded with ones,
    /// or SAME with zeros), batch norms, an optional relu and max-pool, ending in floats or in a
    /// final ste_sign (then every output is ±1). Returns (text, input shape, ends binarized).
    /// </summary>
    public (string Text, int[] Input, bool Binary) BinaryTfNetwork()
    {
        _body.Append("  %zero = \"tf.Const\"() {value = dense<0.0> : tensor<f32>} : () -> tensor<f32>\n");
        _body.Append("  %one = \"tf.Const\"() {value = dense<1.0> : tensor<f32>} : () -> tensor<f32>\n");
        _body.Append("  %minus = \"tf.Const\"() {value = dense<-1.0> : tensor<f32>} : () -> tensor<f32>\n");
        int h = _rng.Next(4, 9), w = _rng.Next(4, 9);
        long c = new[] { 1, 3, 8, 32, 33, 40 }[_rng.Next(6)], c2 = _rng.Next(1, 9), c3 = _rng.Next(1, 9);
        long[] x = [1, h, w, c];
        var s1 = SteSign("%x", x);
        string conv1;
        long[] y;
        int mode = _rng.Next(3);
        if (mode == 0)
        {
            // Padded with ones, then VALID: LCE's same-one padding.
            long[] padded = [1, h + 2, w + 2, c];
            var pads = "%pads";
            _body.Append($"  {pads} = \"tf.Const\"() {{value = dense<[[0, 0], [1, 1], [1, 1], [0, 0]]> : tensor<4x2xi32>}} : () -> tensor<4x2xi32>\n");
            var p = Op($"\"tf.PadV2\"({s1}, {pads}, %one) : ({T(x)}, tensor<4x2xi32>, tensor<f32>) -> {T(padded)}");
            y = [1, h, w, c2];
            conv1 = Op($"\"tf.Conv2D\"({p}, {BinaryKernel(3, c, c2)}) {{padding = \"VALID\", strides = [1, 1, 1, 1]}} : ({T(padded)}, {T([3, 3, c, c2])}) -> {T(y)}");
        }
        else
        {
            int k = _rng.Next(1, 4);
            // The reference kernel computes same-zero padding only for an even channel count.
            bool same = mode == 1 && c % 2 == 0;
            y = same ? [1, h, w, c2] : [1, h - k + 1, w - k + 1, c2];
            conv1 = Op($"\"tf.Conv2D\"({s1}, {BinaryKernel(k, c, c2)}) {{padding = \"{(same ? "SAME" : "VALID")}\", strides = [1, 1, 1, 1]}} : ({T(x)}, {T([k, k, c, c2])}) -> {T(y)}");
        }
        var bn1 = BatchNorm(conv1, y);
        if (_rng.Next(3) == 0) bn1 = Op($"\"tf.Relu\"({bn1}) : ({T(y)}) -> {T(y)}");
        if (_rng.Next(2) == 0 && y[1] >= 2 && y[2] >= 2)
        {
            long[] pooled = [1, y[1] / 2, y[2] / 2, c2];
            bn1 = Op($"\"tf.MaxPool\"({bn1}) {{ksize = [1, 2, 2, 1], padding = \"VALID\", strides = [1, 2, 2, 1]}} : ({T(y)}) -> {T(pooled)}");
            y = pooled;
        }
        var s2 = SteSign(bn1, y);
        long[] z = [1, y[1], y[2], c3];
        var conv2 = Op($"\"tf.Conv2D\"({s2}, {BinaryKernel(1, c2, c3)}) {{padding = \"VALID\", strides = [1, 1, 1, 1]}} : ({T(y)}, {T([1, 1, c2, c3])}) -> {T(z)}");
        var result = BatchNorm(conv2, z);
        bool binary = _rng.Next(2) == 0;
        if (binary) result = SteSign(result, z);
        var text = $"func.func @main(%x: {T(x)}) -> {T(z)} {{\n{_body}  return {result} : {T(z)}\n}}\n";
        return (text, [1, h, w, (int)c], binary);
    }
}
