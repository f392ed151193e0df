namespace Lce.Serialization.CustomOptions;

using Lce.Serialization.FlexBuffers;

/// <summary>
/// The custom options of LCE's binary max-pool (`LceBMaxPool2d`): a FlexBuffers map of ints,
/// written exactly as LCE's <c>BMaxPool2dOp::buildCustomOptions</c> does (keys inserted in the
/// order padding, stride_width, stride_height, filter_width, filter_height) and read back as its
/// kernel does.
/// </summary>
public sealed record BMaxPool2dOptions(
    TflitePadding Padding,
    int StrideWidth,
    int StrideHeight,
    int FilterWidth,
    int FilterHeight)
{
    /// <summary>The custom code of the op in a TFLite model.</summary>
    public const string CustomCode = "LceBMaxPool2d";

    private const string What = "LceBMaxPool2d";

    /// <summary>The map keys in LCE's insertion order (the map itself is sorted: filter_height first).</summary>
    public static IReadOnlyList<string> Keys { get; } = ["padding", "stride_width", "stride_height", "filter_width", "filter_height"];

    /// <summary>The FlexBuffers bytes LCE's converter writes; throws <see cref="CustomOptionsException"/> for a padding outside TFLite's enum.</summary>
    public byte[] Encode()
    {
        if (!TfliteEnums.IsSerializable(Padding))
            throw new CustomOptionsException($"padding {TfliteEnums.Name(Padding)} cannot be written to {What} options (supported: SAME, VALID)");
        return FlexBufferIntMap.Encode(
            ("padding", (int)Padding),
            ("stride_width", StrideWidth),
            ("stride_height", StrideHeight),
            ("filter_width", FilterWidth),
            ("filter_height", FilterHeight));
    }

    /// <summary>Reads options written by <see cref="Encode"/> (or LCE); throws <see cref="CustomOptionsException"/> on anything else.</summary>
    public static BMaxPool2dOptions Decode(ReadOnlyMemory<byte> bytes)
    {
        var m = OptionMapReader.Open(bytes, What);
        return new BMaxPool2dOptions(
            m.Padding("padding"),
            m.Int("stride_width"),
            m.Int("stride_height"),
            m.Int("filter_width"),
            m.Int("filter_height"));
    }

    /// <summary><see cref="Decode"/> returning false and the reason instead of throwing.</summary>
    public static bool TryDecode(ReadOnlyMemory<byte> bytes, out BMaxPool2dOptions? options, out string? error) =>
        CustomOptionsCodec.Try(() => Decode(bytes), out options, out error);
}
