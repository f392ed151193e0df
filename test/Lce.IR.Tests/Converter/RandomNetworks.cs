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

    private static string F(float v) => v.ToString("R", CultureInfo.InvariantCulture).Replace("E", "e");
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
}
