using Lce.IR;
using Lce.Serialization.CustomOptions;

namespace Lce.Transforms.Larq.LegalizeLce;

/// <summary>
/// How lq ops appear as TFLite custom ops: the custom code (`Lce` + the op name) and the option
/// bytes LCE's <c>buildCustomOptions</c> writes (empty for Quantize/Dequantize), and back from
/// options to the lq properties. The byte format itself is <see cref="Bconv2dOptions"/> /
/// <see cref="BMaxPool2dOptions"/>, shared with the TFLite back end and the kernels.
/// </summary>
public static class LqCustomOps
{
    public const string Quantize = "lq.Quantize";
    public const string Dequantize = "lq.Dequantize";
    public const string Bconv2d = "lq.Bconv2d";
    public const string BMaxPool2d = "lq.BMaxPool2d";

    /// <summary>The lq ops that legalize to custom ops, in LCE's pattern order.</summary>
    public static IReadOnlyList<string> OpNames { get; } = [Quantize, Dequantize, Bconv2d, BMaxPool2d];

    /// <summary>`LceQuantize`, `LceDequantize`, `LceBconv2d` or `LceBMaxPool2d` for the lq op name.</summary>
    public static string CustomCodeOf(string lqOpName) =>
        lqOpName.StartsWith("lq.", StringComparison.Ordinal) ? "Lce" + lqOpName[3..] : throw new ArgumentException($"not an lq op: {lqOpName}");

    /// <summary>The lq op name for a custom code, or null if the code is not LCE's.</summary>
    public static string? OpNameOf(string customCode) =>
        OpNames.FirstOrDefault(n => CustomCodeOf(n) == customCode);

    /// <summary>The option bytes of an lq op; throws <see cref="CustomOptionsException"/> when its attributes cannot be written.</summary>
    public static byte[] BuildCustomOptions(Operation op) => op.Name switch
    {
        Quantize or Dequantize => [],
        Bconv2d => Bconv2dOptionsOf(op).Encode(),
        BMaxPool2d => BMaxPool2dOptionsOf(op).Encode(),
        _ => throw new ArgumentException($"not an lq op with custom options: {op.Name}"),
    };

    /// <summary>The options held by an lq.Bconv2d's properties (pad_values defaults to 0).</summary>
    public static Bconv2dOptions Bconv2dOptionsOf(Operation op) => new(
        Int(op, "channels_in"),
        Int(op, "dilation_height_factor"),
        Int(op, "dilation_width_factor"),
        Activation(op, "fused_activation_function"),
        Int(op, "pad_values"),
        Padding(op, "padding"),
        Int(op, "stride_height"),
        Int(op, "stride_width"));

    /// <summary>The options held by an lq.BMaxPool2d's properties.</summary>
    public static BMaxPool2dOptions BMaxPool2dOptionsOf(Operation op) => new(
        Padding(op, "padding"),
        Int(op, "stride_width"),
        Int(op, "stride_height"),
        Int(op, "filter_width"),
        Int(op, "filter_height"));

    /// <summary>lq.Bconv2d's properties for the options (all eight, pad_values included, as LCE's translation sets them).</summary>
    public static IReadOnlyList<NamedAttribute> Properties(IRContext ctx, Bconv2dOptions o) =>
    [
        I32(ctx, "channels_in", o.ChannelsIn),
        I32(ctx, "dilation_height_factor", o.DilationHeightFactor),
        I32(ctx, "dilation_width_factor", o.DilationWidthFactor),
        Str(ctx, "fused_activation_function", TfliteEnums.Name(o.FusedActivationFunction)),
        I32(ctx, "pad_values", o.PadValues),
        Str(ctx, "padding", TfliteEnums.Name(o.Padding)),
        I32(ctx, "stride_height", o.StrideHeight),
        I32(ctx, "stride_width", o.StrideWidth),
    ];

    /// <summary>lq.BMaxPool2d's properties for the options.</summary>
    public static IReadOnlyList<NamedAttribute> Properties(IRContext ctx, BMaxPool2dOptions o) =>
    [
        Str(ctx, "padding", TfliteEnums.Name(o.Padding)),
        I32(ctx, "stride_width", o.StrideWidth),
        I32(ctx, "stride_height", o.StrideHeight),
        I32(ctx, "filter_width", o.FilterWidth),
        I32(ctx, "filter_height", o.FilterHeight),
    ];

    private static NamedAttribute I32(IRContext ctx, string name, int value) =>
        new(name, IntegerAttr.Get(ctx, IntegerType.Get(ctx, 32), value));

    private static NamedAttribute Str(IRContext ctx, string name, string value) => new(name, StringAttr.Get(ctx, value));

    // Verified lq ops always hold these; a missing or mistyped one (unverified IR) is reported, not a crash.
    private static int Int(Operation op, string name) => op.GetProp(name) switch
    {
        IntegerAttr { Type: IntegerType { Width: 32 } } a => (int)a.Int64,
        null when name == "pad_values" => 0,
        var other => throw new CustomOptionsException($"'{name}' must be a 32-bit integer attribute, but is {Describe(other)}"),
    };

    private static TfliteActivation Activation(Operation op, string name) =>
        op.GetProp(name) is StringAttr s && TfliteEnums.TryParseActivation(s.Value, out var a)
            ? a : throw new CustomOptionsException($"'{name}' must be a TFLite activation name, but is {Describe(op.GetProp(name))}");

    private static TflitePadding Padding(Operation op, string name) =>
        op.GetProp(name) is StringAttr s && TfliteEnums.TryParsePadding(s.Value, out var p)
            ? p : throw new CustomOptionsException($"'{name}' must be \"SAME\" or \"VALID\", but is {Describe(op.GetProp(name))}");

    private static string Describe(IRAttribute? a) => a is null ? "missing" : a.ToString()!;
}
