using Lce.CodeGen.Tflite.Schema;
using Lce.Dialects.Tfl;
using Lce.Serialization.CustomOptions;

namespace Lce.CodeGen.Tflite.Import;

/// <summary>
/// The attributes of the builtin operators the tfl dialect models, from their options tables, as
/// TensorFlow's generated BuiltinOptionsToAttributes names them (every option field the op has an
/// attribute for, defaults included; fields without an attribute, like ADD's pot_scale_int16, are
/// dropped). A missing options table reads as the schema's defaults, as the runtime reads it.
/// </summary>
internal static class BuiltinOptionsAttributes
{
    private delegate void Convert(BuiltinOptions? options, Attrs a);

    /// <summary>The modelled ops: their expected options kind and attribute conversion.</summary>
    private static readonly Dictionary<string, (BuiltinOptionsType Kind, Convert Convert)> Ops = new(StringComparer.Ordinal)
    {
        ["add"] = (BuiltinOptionsType.AddOptions, (o, a) => a.Activation((o as AddOptions)?.FusedActivationFunction)),
        ["sub"] = (BuiltinOptionsType.SubOptions, (o, a) => a.Activation((o as SubOptions)?.FusedActivationFunction)),
        ["mul"] = (BuiltinOptionsType.MulOptions, (o, a) => a.Activation((o as MulOptions)?.FusedActivationFunction)),
        ["div"] = (BuiltinOptionsType.DivOptions, (o, a) => a.Activation((o as DivOptions)?.FusedActivationFunction)),
        ["conv_2d"] = (BuiltinOptionsType.Conv2DOptions, (o, a) =>
        {
            var c = o as Conv2DOptions ?? new Conv2DOptions(TflitePadding.Same, 0, 0, TfliteActivation.None);
            a.I32("dilation_h_factor", c.DilationHFactor).I32("dilation_w_factor", c.DilationWFactor).Activation(c.FusedActivationFunction)
                .Padding(c.Padding).I32("stride_h", c.StrideH).I32("stride_w", c.StrideW);
        }),
        ["depthwise_conv_2d"] = (BuiltinOptionsType.DepthwiseConv2DOptions, (o, a) =>
        {
            var c = o as DepthwiseConv2DOptions ?? new DepthwiseConv2DOptions(TflitePadding.Same, 0, 0, 0, TfliteActivation.None);
            a.I32("depth_multiplier", c.DepthMultiplier).I32("dilation_h_factor", c.DilationHFactor).I32("dilation_w_factor", c.DilationWFactor)
                .Activation(c.FusedActivationFunction).Padding(c.Padding).I32("stride_h", c.StrideH).I32("stride_w", c.StrideW);
        }),
        ["fully_connected"] = (BuiltinOptionsType.FullyConnectedOptions, (o, a) =>
        {
            var f = o as FullyConnectedOptions ?? new FullyConnectedOptions(TfliteActivation.None);
            string format = f.WeightsFormat switch
            {
                FullyConnectedWeightsFormat.Default => TflEnums.DefaultWeights,
                FullyConnectedWeightsFormat.Shuffled4x16Int8 => TflEnums.Shuffled4x16Int8,
                var other => throw a.Bad($"weights_format {(int)other} is not DEFAULT or SHUFFLED4x16INT8"),
            };
            a.Activation(f.FusedActivationFunction).Str("weights_format", format).Bool("keep_num_dims", f.KeepNumDims)
                .Bool("asymmetric_quantize_inputs", f.AsymmetricQuantizeInputs);
        }),
        ["max_pool_2d"] = (BuiltinOptionsType.Pool2DOptions, Pool),
        ["average_pool_2d"] = (BuiltinOptionsType.Pool2DOptions, Pool),
        ["mean"] = (BuiltinOptionsType.ReducerOptions, (o, a) => a.Bool("keep_dims", (o as ReducerOptions)?.KeepDims ?? false)),
        ["concatenation"] = (BuiltinOptionsType.ConcatenationOptions, (o, a) =>
        {
            var c = o as ConcatenationOptions ?? new ConcatenationOptions(0, TfliteActivation.None);
            a.I32("axis", c.Axis).Activation(c.FusedActivationFunction);
        }),
        ["softmax"] = (BuiltinOptionsType.SoftmaxOptions, (o, a) => a.F32("beta", (o as SoftmaxOptions)?.Beta ?? 0f)),
        ["squeeze"] = (BuiltinOptionsType.SqueezeOptions, (o, a) => a.I64Array("squeeze_dims", (o as SqueezeOptions)?.SqueezeDims ?? [])),
        ["reshape"] = (BuiltinOptionsType.ReshapeOptions, NoAttributes),
        ["transpose"] = (BuiltinOptionsType.TransposeOptions, NoAttributes),
        ["pad"] = (BuiltinOptionsType.PadOptions, NoAttributes),
        ["padv2"] = (BuiltinOptionsType.PadV2Options, NoAttributes),
        ["quantize"] = (BuiltinOptionsType.QuantizeOptions, NoAttributes),
        ["dequantize"] = (BuiltinOptionsType.DequantizeOptions, NoAttributes),
        ["cast"] = (BuiltinOptionsType.CastOptions, NoAttributes),
        ["select"] = (BuiltinOptionsType.SelectOptions, NoAttributes),
        ["select_v2"] = (BuiltinOptionsType.SelectV2Options, NoAttributes),
        ["maximum"] = (BuiltinOptionsType.MaximumMinimumOptions, NoAttributes),
        ["sign"] = (BuiltinOptionsType.SignOptions, NoAttributes),
        ["broadcast_to"] = (BuiltinOptionsType.BroadcastToOptions, NoAttributes),
        ["greater_equal"] = (BuiltinOptionsType.GreaterEqualOptions, NoAttributes),
        ["less_equal"] = (BuiltinOptionsType.LessEqualOptions, NoAttributes),
        ["relu"] = (BuiltinOptionsType.None, NoAttributes),
        ["relu6"] = (BuiltinOptionsType.None, NoAttributes),
        ["relu_n1_to_1"] = (BuiltinOptionsType.None, NoAttributes),
        ["tanh"] = (BuiltinOptionsType.None, NoAttributes),
        ["logistic"] = (BuiltinOptionsType.None, NoAttributes),
    };

    /// <summary>Whether the tfl dialect models the builtin operator of this (lower-case schema) name.</summary>
    public static bool IsModelled(string name) => Ops.ContainsKey(name);

    /// <summary>
    /// The attributes of a modelled op. Options of another kind than the op's are an error (TFLite
    /// would silently use defaults); <paramref name="where"/> names the operator in messages.
    /// </summary>
    public static List<NamedAttribute> Of(IRContext ctx, string name, BuiltinOptions? options, string where, Location loc)
    {
        var (kind, convert) = Ops[name];
        if (options is not null && options.Type != kind)
            throw new TfliteImportException($"{where} has options of kind {options.Type}, but {name.ToUpperInvariant()} takes {(kind == BuiltinOptionsType.None ? "none" : kind.ToString())}", loc);
        var attrs = new Attrs(ctx, where, loc);
        convert(options, attrs);
        return attrs.List;
    }

    private static void NoAttributes(BuiltinOptions? options, Attrs a) { }

    private static void Pool(BuiltinOptions? options, Attrs a)
    {
        var p = options as Pool2DOptions ?? new Pool2DOptions(TflitePadding.Same, 0, 0, 0, 0, TfliteActivation.None);
        a.I32("filter_height", p.FilterHeight).I32("filter_width", p.FilterWidth).Activation(p.FusedActivationFunction)
            .Padding(p.Padding).I32("stride_h", p.StrideH).I32("stride_w", p.StrideW);
    }

    /// <summary>An attribute list under construction, with the enum checks TF's converter makes.</summary>
    private sealed class Attrs(IRContext ctx, string where, Location loc)
    {
        public List<NamedAttribute> List { get; } = [];

        public TfliteImportException Bad(string why) => new($"{where}: {why}", loc);

        private Attrs Add(string name, IRAttribute value)
        {
            List.Add(new NamedAttribute(name, value));
            return this;
        }

        public Attrs I32(string name, int v) => Add(name, IntegerAttr.Get(ctx, IntegerType.Get(ctx, 32), v));
        public Attrs Bool(string name, bool v) => Add(name, BoolAttr.Get(ctx, v));
        public Attrs Str(string name, string v) => Add(name, StringAttr.Get(ctx, v));
        public Attrs F32(string name, float v) => Add(name, FloatAttr.Get(ctx, FloatType.F32(ctx), v));

        public Attrs I64Array(string name, IReadOnlyList<int> v) =>
            Add(name, ArrayAttr.Get(ctx, v.Select(x => (IRAttribute)IntegerAttr.Get(ctx, IntegerType.Get(ctx, 64), x))));

        public Attrs Activation(TfliteActivation? v)
        {
            var value = v ?? TfliteActivation.None;
            if ((int)value is < 0 or > 5) throw Bad($"fused_activation_function {(int)value} is not a TFLite activation");
            return Str("fused_activation_function", TfliteEnums.Name(value));
        }

        public Attrs Padding(TflitePadding v)
        {
            if (!TfliteEnums.IsSerializable(v)) throw Bad($"padding {(int)v} is not SAME or VALID");
            return Str("padding", TfliteEnums.Name(v));
        }
    }
}
