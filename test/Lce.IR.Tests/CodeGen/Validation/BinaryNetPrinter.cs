using System.Globalization;
using System.Text;
using Lce.CodeGen.Reference;

namespace Lce.Tests.CodeGen.Validation;

/// <summary>
/// Prints a <see cref="BinaryNet"/> as a tf-dialect `func.func @main` (generic op form, tf.Const
/// constants, as TensorFlow's importer writes them). SSA names carry the layer number, so a
/// shrunk counterexample reads layer by layer. Layers that do not fit the current shape are skipped.
/// </summary>
public sealed partial class BinaryNetPrinter
{
    private readonly StringBuilder _sb = new();
    private int _layer;
    private string _value = "%input";
    private int _n, _h, _w, _c;
    private string? _headType;

    public static string Print(BinaryNet net) => new BinaryNetPrinter().Run(net);

    /// <summary>The input shape [N, H, W, C].</summary>
    public static int[] InputShape(BinaryNet net) => [net.Batch, net.Height, net.Width, net.Channels];

    /// <summary>The network's input: values k/8 for k in [-16, 16] (0 included).</summary>
    public static float[] Input(BinaryNet net)
    {
        var r = new Random(net.InputSeed);
        return Enumerable.Range(0, net.Batch * net.Height * net.Width * net.Channels).Select(_ => r.Next(-16, 17) / 8f).ToArray();
    }

    private string Run(BinaryNet net)
    {
        (_n, _h, _w, _c) = (net.Batch, net.Height, net.Width, net.Channels);
        string inputType = Type();
        foreach (var layer in net.Layers) Layer(layer);
        if (net.Head) Head();
        string result = _headType ?? Type();
        return $"func.func @main(%input: {inputType}) -> {result} {{\n{_sb}  return {_value} : {result}\n}}\n";
    }

    private string Type(params int[] dims) => dims.Length == 0 ? $"tensor<{_n}x{_h}x{_w}x{_c}xf32>" : Tensor(dims, "f32");

    private static string Tensor(int[] dims, string element) => dims.Length == 0 ? $"tensor<{element}>" : $"tensor<{string.Join("x", dims)}x{element}>";

    private static string F(float v) => v.ToString("0.0###########", CultureInfo.InvariantCulture);

    private void Line(string text) => _sb.Append("  ").Append(text).Append('\n');

    private string Const(string name, float[] values, params int[] dims)
    {
        string literal = values.Distinct().Count() == 1 ? F(values[0]) : Nested(values, dims);
        string type = Tensor(dims, "f32");
        Line($"%{name} = \"tf.Const\"() {{value = dense<{literal}> : {type}}} : () -> {type}");
        return $"%{name}";
    }

    private static string Nested(float[] values, int[] dims)
    {
        int k = 0;
        string Level(int d) => d == dims.Length ? F(values[k++])
            : "[" + string.Join(", ", Enumerable.Range(0, dims[d]).Select(_ => Level(d + 1))) + "]";
        return Level(0);
    }

    private void Layer(NetLayer layer)
    {
        _layer++;
        switch (layer)
        {
            case BinaryConv b: BinaryConvLayer(b); break;
            case FloatConv f: FloatConvLayer(f); break;
            case BatchNorm bn: BatchNormLayer(bn); break;
            case Relu: Emit("relu", $"\"tf.Relu\"({_value})", Type()); break;
            case MaxPool p: MaxPoolLayer(p); break;
            case Shortcut s: ShortcutLayer(s); break;
        }
    }

    /// <summary>Writes `%l{n}_{name} = {op} : ({operand types}) -> {result}` for a unary op and makes it the current value.</summary>
    private void Emit(string name, string op, string inType, string? outType = null, string? operandTypes = null)
    {
        string v = $"%l{_layer}_{name}";
        Line($"{v} = {op} : ({operandTypes ?? inType}) -> {outType ?? inType}");
        _value = v;
    }

    private void Sign(SignForm form)
    {
        string t = Type(), b = Tensor([_n, _h, _w, _c], "i1"), p = $"l{_layer}";
        string x = _value;
        if (UnipolarSign(form)) return;
        switch (form)
        {
            case SignForm.LegacySign:
                string tenth = Const($"{p}_tenth", [0.1f]);
                Line($"%{p}_s = \"tf.Sign\"({x}) : ({t}) -> {t}");
                Line($"%{p}_shifted = \"tf.AddV2\"(%{p}_s, {tenth}) : ({t}, tensor<f32>) -> {t}");
                Emit("sign", $"\"tf.Sign\"(%{p}_shifted)", t);
                return;
            case SignForm.SelectV1:
            {
                string zero = Const($"{p}_zero", [0f]);
                string one = Const($"{p}_one", [1f], _n, _h, _w, _c), minus = Const($"{p}_minus_one", [-1f], _n, _h, _w, _c);
                Line($"%{p}_positive = \"tf.GreaterEqual\"({x}, {zero}) : ({t}, tensor<f32>) -> {b}");
                Emit("sign", $"\"tf.Select\"(%{p}_positive, {one}, {minus})", t, operandTypes: $"{b}, {t}, {t}");
                return;
            }
            case SignForm.LessEqualSwapped:
            {
                string threshold = Const($"{p}_threshold", [-0.25f]);
                string one = Const($"{p}_one", [1f]), minus = Const($"{p}_minus_one", [-1f]);
                Line($"%{p}_cond = \"tf.LessEqual\"({threshold}, {x}) : (tensor<f32>, {t}) -> {b}");
                Emit("sign", $"\"tf.SelectV2\"(%{p}_cond, {one}, {minus})", t, operandTypes: $"{b}, tensor<f32>, tensor<f32>");
                return;
            }
            default:
            {
                bool inverted = form == SignForm.SelectV2Inverted;
                string threshold = Const($"{p}_threshold", [form == SignForm.Threshold ? 0.25f : 0f]);
                string one = Const($"{p}_one", [1f]), minus = Const($"{p}_minus_one", [-1f]);
                Line($"%{p}_cond = \"tf.{(inverted ? "Less" : "GreaterEqual")}\"({x}, {threshold}) : ({t}, tensor<f32>) -> {b}");
                string args = inverted ? $"{minus}, {one}" : $"{one}, {minus}";
                Emit("sign", $"\"tf.SelectV2\"(%{p}_cond, {args})", t, operandTypes: $"{b}, tensor<f32>, tensor<f32>");
                return;
            }
        }
    }

    private void BinaryConvLayer(BinaryConv b)
    {
        int outC = b.OutChannels == 0 ? _c : b.OutChannels;
        var pad = b.Padding == ConvPadding.Valid ? TfPaddingKind.Valid : TfPaddingKind.Same;
        if (!Fits(b.Kernel, b.Stride, b.Dilation, pad, out var wh, out var ww)) return;
        // LCE's reference kernel runs same-zero padding only with an even input depth (lce-spec
        // §6.2: the Cg/2 an outside tap adds is exact only then), and so does the executor.
        // Unipolar activations pad with the +1 bit (pad_values = 1), which has no such limit.
        if (b.Padding == ConvPadding.SameZero && _c % 2 != 0 && !IsUnipolar(b.Sign)) return;
        int perGroup = _c / b.Groups;
        if (b.Groups > 1 && (_c % b.Groups != 0 || perGroup % 32 != 0 || outC % b.Groups != 0)) return;
        Sign(b.Sign);
        var r = new Random(b.WeightSeed);
        var scales = Enumerable.Range(0, outC).Select(_ => b.Scaled ? (r.Next(2) == 0 ? -1 : 1) * MathF.Pow(2, r.Next(-1, 2)) : 1f).ToArray();
        var weights = new float[b.Kernel * b.Kernel * perGroup * outC];
        for (int i = 0; i < weights.Length; i++)
            weights[i] = (r.Next(2) == 0 ? -1 : 1) * scales[i % outC];
        // IsBinaryFilter reads the scale at [0, 0, 0, o]: it carries the channel's sign there.
        for (int o = 0; o < outC; o++) weights[o] = scales[o];
        if (b.SpaceToBatch && b.Dilation > 1 && b.Stride == 1 && b.Padding != ConvPadding.SameOne)
            SpaceToBatchConvOp(weights, outC, b.Kernel, b.Dilation, b.Padding == ConvPadding.SameZero, wh, ww, perGroup);
        else
            ConvOp(weights, outC, b.Kernel, b.Stride, b.Dilation, b.Padding, wh, ww, perGroup);
    }

    /// <summary>
    /// A dilated conv as tf.nn.convolution writes it: the SAME padding (if any) and the rounding
    /// up to a multiple of the block go into SpaceToBatchND's paddings, the rounding comes off
    /// again as BatchToSpaceND's crops, and the conv between them is VALID and undilated.
    /// </summary>
    private void SpaceToBatchConvOp(float[] weights, int outC, int kernel, int d, bool same, TfWindow h, TfWindow w, int filterDepth)
    {
        string p = $"l{_layer}", inType = Type();
        string filter = Const($"{p}_filter", weights, kernel, kernel, filterDepth, outC);
        (int Start, int End, int Crop) Pads(int size, TfWindow window)
        {
            int start = same ? window.PadBefore : 0, end = same ? window.PadAfter : 0;
            int extra = (d - (size + start + end) % d) % d;
            return (start, end + extra, extra);
        }
        var (ph, pw) = (Pads(_h, h), Pads(_w, w));
        Line($"%{p}_block = \"tf.Const\"() {{value = dense<[{d}, {d}]> : tensor<2xi32>}} : () -> tensor<2xi32>");
        Line($"%{p}_stb_paddings = \"tf.Const\"() {{value = dense<[[{ph.Start}, {ph.End}], [{pw.Start}, {pw.End}]]> : tensor<2x2xi32>}} : () -> tensor<2x2xi32>");
        Line($"%{p}_crops = \"tf.Const\"() {{value = dense<[[0, {ph.Crop}], [0, {pw.Crop}]]> : tensor<2x2xi32>}} : () -> tensor<2x2xi32>");
        int[] batched = [_n * d * d, (_h + ph.Start + ph.End) / d, (_w + pw.Start + pw.End) / d, _c];
        string batchedType = Tensor(batched, "f32");
        Line($"%{p}_stb = \"tf.SpaceToBatchND\"({_value}, %{p}_block, %{p}_stb_paddings) : ({inType}, tensor<2xi32>, tensor<2x2xi32>) -> {batchedType}");
        int[] convOut = [_n * d * d, batched[1] - kernel + 1, batched[2] - kernel + 1, outC];
        string filterType = Tensor([kernel, kernel, filterDepth, outC], "f32"), convType = Tensor(convOut, "f32");
        Line($"%{p}_conv = \"tf.Conv2D\"(%{p}_stb, {filter}) {{data_format = \"NHWC\", dilations = [1, 1, 1, 1], padding = \"VALID\", " +
            $"strides = [1, 1, 1, 1]}} : ({batchedType}, {filterType}) -> {convType}");
        (_h, _w, _c) = (h.Output, w.Output, outC);
        Emit("bts", $"\"tf.BatchToSpaceND\"(%{p}_conv, %{p}_block, %{p}_crops)", convType, Type(), $"{convType}, tensor<2xi32>, tensor<2x2xi32>");
    }

    private void FloatConvLayer(FloatConv f)
    {
        var pad = f.Same ? TfPaddingKind.Same : TfPaddingKind.Valid;
        if (!Fits(f.Kernel, 1, 1, pad, out var wh, out var ww)) return;
        var r = new Random(f.WeightSeed);
        var weights = Enumerable.Range(0, f.Kernel * f.Kernel * _c * f.OutChannels).Select(_ => r.Next(-4, 5) / 4f).ToArray();
        ConvOp(weights, f.OutChannels, f.Kernel, 1, 1, f.Same ? ConvPadding.SameZero : ConvPadding.Valid, wh, ww, _c);
    }

    private bool Fits(int kernel, int stride, int dilation, TfPaddingKind pad, out TfWindow h, out TfWindow w)
    {
        h = w = default;
        if (pad == TfPaddingKind.Valid && ((long)(kernel - 1) * dilation + 1 > _h || (long)(kernel - 1) * dilation + 1 > _w)) return false;
        h = TfPadding.Window(pad, _h, kernel, stride, dilation);
        w = TfPadding.Window(pad, _w, kernel, stride, dilation);
        return true;
    }

    private void ConvOp(float[] weights, int outC, int kernel, int stride, int dilation, ConvPadding padding, TfWindow h, TfWindow w, int filterDepth)
    {
        string p = $"l{_layer}";
        string filter = Const($"{p}_filter", weights, kernel, kernel, filterDepth, outC);
        string input = _value, inType = Type(), padding2 = padding == ConvPadding.SameZero ? "SAME" : "VALID";
        if (padding == ConvPadding.SameOne)
        {
            string one = Const($"{p}_pad_value", [1f]);
            string pads = $"dense<[[0, 0], [{h.PadBefore}, {h.PadAfter}], [{w.PadBefore}, {w.PadAfter}], [0, 0]]> : tensor<4x2xi32>";
            Line($"%{p}_paddings = \"tf.Const\"() {{value = {pads}}} : () -> tensor<4x2xi32>");
            (_h, _w) = (_h + h.PadBefore + h.PadAfter, _w + w.PadBefore + w.PadAfter);
            Line($"%{p}_padded = \"tf.PadV2\"({input}, %{p}_paddings, {one}) : ({inType}, tensor<4x2xi32>, tensor<f32>) -> {Type()}");
            (input, inType) = ($"%{p}_padded", Type());
        }
        string filterType = Tensor([kernel, kernel, filterDepth, outC], "f32");
        (_h, _w, _c) = (h.Output, w.Output, outC);
        Emit("conv", $"\"tf.Conv2D\"({input}, {filter}) {{data_format = \"NHWC\", dilations = [1, {dilation}, {dilation}, 1], " +
            $"padding = \"{padding2}\", strides = [1, {stride}, {stride}, 1]}}", inType, Type(), $"{inType}, {filterType}");
    }

    private void BatchNormLayer(BatchNorm bn)
    {
        var r = new Random(bn.Seed);
        var factors = Enumerable.Range(0, _c).Select(_ => r.Next(8) == 0 ? 0f : (r.Next(2) == 0 ? -1 : 1) * MathF.Pow(2, r.Next(-2, 2))).ToArray();
        var offsets = Enumerable.Range(0, _c).Select(_ => r.Next(-16, 17) / 8f).ToArray();
        string t = Type(), ct = Tensor([_c], "f32");
        string m = Const($"l{_layer}_bn_scale", factors, _c), a = Const($"l{_layer}_bn_offset", offsets, _c);
        Emit("scaled", $"\"tf.Mul\"({_value}, {m})", t, operandTypes: $"{t}, {ct}");
        Emit("bn", $"\"tf.AddV2\"({_value}, {a})", t, operandTypes: $"{t}, {ct}");
    }

    private void MaxPoolLayer(MaxPool p)
    {
        var pad = p.Same ? TfPaddingKind.Same : TfPaddingKind.Valid;
        if (!Fits(p.Size, p.Stride, 1, pad, out var h, out var w)) return;
        string inType = Type();
        (_h, _w) = (h.Output, w.Output);
        Emit("pool", $"\"tf.MaxPool\"({_value}) {{data_format = \"NHWC\", ksize = [1, {p.Size}, {p.Size}, 1], " +
            $"padding = \"{(p.Same ? "SAME" : "VALID")}\", strides = [1, {p.Stride}, {p.Stride}, 1]}}", inType, Type());
    }

    private void ShortcutLayer(Shortcut s)
    {
        int number = _layer;
        string x = _value, t = Type();
        foreach (var layer in s.Body) Layer(layer);
        if (Type() != t || _value == x) return;
        string v = $"%l{number}_shortcut";
        Line($"{v} = \"tf.AddV2\"({x}, {_value}) : ({t}, {t}) -> {t}");
        _value = v;
    }

    private void Head()
    {
        const int classes = 3;
        var r = new Random(_c * 31 + _h);
        string t = Type();
        Line($"%head_axes = \"tf.Const\"() {{value = dense<[1, 2]> : tensor<2xi32>}} : () -> tensor<2xi32>");
        Line($"%head_mean = \"tf.Mean\"({_value}, %head_axes) {{keep_dims = false}} : ({t}, tensor<2xi32>) -> tensor<{_n}x{_c}xf32>");
        string weights = Const("head_weights", Enumerable.Range(0, _c * classes).Select(_ => r.Next(-4, 5) / 4f).ToArray(), _c, classes);
        string bias = Const("head_bias", Enumerable.Range(0, classes).Select(_ => r.Next(-4, 5) / 8f).ToArray(), classes);
        Line($"%head_logits = \"tf.MatMul\"(%head_mean, {weights}) {{transpose_a = false, transpose_b = false}} : (tensor<{_n}x{_c}xf32>, tensor<{_c}x{classes}xf32>) -> tensor<{_n}x{classes}xf32>");
        Line($"%head_biased = \"tf.AddV2\"(%head_logits, {bias}) : (tensor<{_n}x{classes}xf32>, tensor<{classes}xf32>) -> tensor<{_n}x{classes}xf32>");
        Line($"%head = \"tf.Softmax\"(%head_biased) : (tensor<{_n}x{classes}xf32>) -> tensor<{_n}x{classes}xf32>");
        _value = "%head";
        _headType = $"tensor<{_n}x{classes}xf32>";
    }
}
