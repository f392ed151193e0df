using Lce.Dialects.Lq;

namespace Lce.CodeGen.Reference;

/// <summary>
/// LCE's <c>LceDequantize</c> kernel: unpacks int32 words (bit 0 = +1, bit 1 = −1) into rows
/// of <c>channels</c> elements. The output shape is the caller's (LCE does not resize it): the
/// leading dimensions equal the input's and the packed dimension is ⌈channels/32⌉.
/// </summary>
public static class LceDequantize
{
    /// <summary>Float output: ±1.0.</summary>
    public static void Float(ReadOnlySpan<int> input, int channels, Span<float> output) =>
        Unpack(input, channels, output, 1f, -1f);

    /// <summary>
    /// Int8 output: with off = TfLiteRound(1.0f/scale) (float division, half away from zero),
    /// bit 0 gives min(127, zp + off) and bit 1 gives max(−128, zp − off).
    /// </summary>
    public static void Int8(ReadOnlySpan<int> input, int channels, float scale, int zeroPoint, Span<sbyte> output)
    {
        int offset = LceRounding.TfLiteRoundToInt32(1.0f / scale);
        // As LCE: int32 arithmetic, then the result is stored into an int8 (a truncating
        // conversion, which only matters for degenerate scales whose offset leaves the range).
        sbyte plus = unchecked((sbyte)Math.Min(127, unchecked(zeroPoint + offset)));
        sbyte minus = unchecked((sbyte)Math.Max(-128, unchecked(zeroPoint - offset)));
        Unpack(input, channels, output, plus, minus);
    }

    /// <summary>Bool output: bit 0 gives true, bit 1 false.</summary>
    public static void Bool(ReadOnlySpan<int> input, int channels, Span<bool> output) =>
        Unpack(input, channels, output, true, false);

    private static void Unpack<T>(ReadOnlySpan<int> input, int channels, Span<T> output, T plus, T minus)
    {
        int rows = LceQuantize.Rows(output.Length, channels, input.Length);
        int words = Bitpacking.PackedSize(channels);
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < channels; c++)
                output[r * channels + c] = ((input[r * words + c / 32] >> (c % 32)) & 1) != 0 ? minus : plus;
    }
}
