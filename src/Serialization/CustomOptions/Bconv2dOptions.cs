namespace Lce.Serialization.CustomOptions;

using Lce.Serialization.FlexBuffers;

/// <summary>
/// The custom options of LCE's binary convolution (`LceBconv2d`): a FlexBuffers map of ints,
/// written exactly as LCE's <c>Bconv2dOp::buildCustomOptions</c> does (keys inserted in the order
/// below, enums as TFLite's ints) and read back as its kernel does. <see cref="ChannelsIn"/> is
/// the unpacked total input channel count; <see cref="PadValues"/> 0 pads SAME with zeros, 1 with ones.
/// </summary>
public sealed record Bconv2dOptions(
    int ChannelsIn,
    int DilationHeightFactor,
    int DilationWidthFactor,
    TfliteActivation FusedActivationFunction,
    int PadValues,
    TflitePadding Padding,
    int StrideHeight,
    int StrideWidth)
{
    /// <summary>The custom code of the op in a TFLite model.</summary>
    public const string CustomCode = "LceBconv2d";

    private const string What = "LceBconv2d";

    /// <summary>The map keys in LCE's insertion order (which is also their sorted order).</summary>
    public static IReadOnlyList<string> Keys { get; } =
    [
        "channels_in", "dilation_height_factor", "dilation_width_factor", "fused_activation_function",
        "pad_values", "padding", "stride_height", "stride_width",
    ];

    /// <summary>
    /// The FlexBuffers bytes LCE's converter writes for these options. Throws
    /// <see cref="CustomOptionsException"/> for TANH or SIGN_BIT (LCE's converter has no int for
    /// them, so its output would be undefined) or an enum value outside TFLite's.
    /// </summary>
    public byte[] Encode()
    {
        if (!TfliteEnums.IsSerializable(FusedActivationFunction))
            throw new CustomOptionsException(
                $"fused activation {TfliteEnums.Name(FusedActivationFunction)} cannot be written to {What} options (supported: NONE, RELU, RELU_N1_TO_1, RELU6)");
        if (!TfliteEnums.IsSerializable(Padding))
            throw new CustomOptionsException($"padding {TfliteEnums.Name(Padding)} cannot be written to {What} options (supported: SAME, VALID)");
        return FlexBufferIntMap.Encode(
            ("channels_in", ChannelsIn),
            ("dilation_height_factor", DilationHeightFactor),
            ("dilation_width_factor", DilationWidthFactor),
            ("fused_activation_function", (int)FusedActivationFunction),
            ("pad_values", PadValues),
            ("padding", (int)Padding),
            ("stride_height", StrideHeight),
            ("stride_width", StrideWidth));
    }

    /// <summary>
    /// Reads options written by <see cref="Encode"/> (or LCE). Throws <see cref="CustomOptionsException"/>
    /// when the bytes are not a FlexBuffers map with every key present as a 32-bit integer, or an
    /// enum value is not one LCE writes.
    /// </summary>
    public static Bconv2dOptions Decode(ReadOnlyMemory<byte> bytes)
    {
        var m = OptionMapReader.Open(bytes, What);
        return new Bconv2dOptions(
            m.Int("channels_in"),
            m.Int("dilation_height_factor"),
            m.Int("dilation_width_factor"),
            m.Activation("fused_activation_function"),
            m.Int("pad_values"),
            m.Padding("padding"),
            m.Int("stride_height"),
            m.Int("stride_width"));
    }

    /// <summary><see cref="Decode"/> returning false and the reason instead of throwing.</summary>
    public static bool TryDecode(ReadOnlyMemory<byte> bytes, out Bconv2dOptions? options, out string? error) =>
        CustomOptionsCodec.Try(() => Decode(bytes), out options, out error);
}
