using Lce.Dialects.Lq;

namespace Lce.CodeGen.Reference;

/// <summary>
/// LCE's <c>LceQuantize</c> kernel: packs the innermost axis into int32 words with the
/// convention of <see cref="Bitpacking"/> (bit 1 = −1, padding bits 0). Inputs are rows of
/// <c>channels</c> elements (the last dimension); the output has ⌈channels/32⌉ words per row.
/// </summary>
public static class LceQuantize
{
    /// <summary>The output shape: the input shape with the last dimension replaced by ⌈C/32⌉.</summary>
    public static int[] OutputShape(ReadOnlySpan<int> inputShape)
    {
        if (inputShape.Length == 0) throw new ArgumentException("LceQuantize needs an input of rank at least 1");
        var shape = inputShape.ToArray();
        shape[^1] = Bitpacking.PackedSize(shape[^1]);
        return shape;
    }

    /// <summary>Float input, zero point 0: bit = x &lt; 0 (so ±0.0 and NaN give +1).</summary>
    public static void Float(ReadOnlySpan<float> input, int channels, Span<int> output)
    {
        int rows = Rows(input.Length, channels, output.Length);
        for (int r = 0; r < rows; r++)
            PackRow(input.Slice(r * channels, channels), output.Slice(r * Bitpacking.PackedSize(channels), Bitpacking.PackedSize(channels)), static v => v < 0f);
    }

    /// <summary>Int8 input against the tensor's zero point: bit = q &lt; zeroPoint.</summary>
    public static void Int8(ReadOnlySpan<sbyte> input, int channels, int zeroPoint, Span<int> output)
    {
        int rows = Rows(input.Length, channels, output.Length);
        int words = Bitpacking.PackedSize(channels);
        for (int r = 0; r < rows; r++)
        {
            var row = input.Slice(r * channels, channels);
            var dst = output.Slice(r * words, words);
            dst.Clear();
            for (int c = 0; c < channels; c++)
                if (row[c] < zeroPoint) dst[c / 32] |= 1 << (c % 32);
        }
    }

    /// <summary>
    /// Bool input: LCE packs the raw byte as unsigned with zero point 1, so bit = (byte)v &lt; 1:
    /// true is +1 (bit 0), false is −1 (bit 1).
    /// </summary>
    public static void Bool(ReadOnlySpan<bool> input, int channels, Span<int> output)
    {
        int rows = Rows(input.Length, channels, output.Length);
        for (int r = 0; r < rows; r++)
            PackRow(input.Slice(r * channels, channels), output.Slice(r * Bitpacking.PackedSize(channels), Bitpacking.PackedSize(channels)), static v => !v);
    }

    private static void PackRow<T>(ReadOnlySpan<T> row, Span<int> dst, Func<T, bool> negative)
    {
        dst.Clear();
        for (int c = 0; c < row.Length; c++)
            if (negative(row[c])) dst[c / 32] |= 1 << (c % 32);
    }

    /// <summary>Rows of <paramref name="channels"/> in the input, checked against the output size.</summary>
    internal static int Rows(int elements, int channels, int outputWords)
    {
        if (channels <= 0) throw new ArgumentException($"the packed axis has {channels} elements; it needs at least 1");
        if (elements % channels != 0) throw new ArgumentException($"{elements} elements are not rows of {channels}");
        int rows = elements / channels;
        if (outputWords != rows * Bitpacking.PackedSize(channels))
            throw new ArgumentException($"the packed tensor has {outputWords} words; {rows} rows of {channels} need {rows * Bitpacking.PackedSize(channels)}");
        return rows;
    }
}
