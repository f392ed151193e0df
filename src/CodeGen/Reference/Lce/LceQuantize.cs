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
        Rows(input.Length, channels, output.Length);
        Bitpacking.PackF32(input, channels, output);
    }

    /// <summary>Int8 input against the tensor's zero point: bit = q &lt; zeroPoint.</summary>
    public static void Int8(ReadOnlySpan<sbyte> input, int channels, int zeroPoint, Span<int> output)
    {
        Rows(input.Length, channels, output.Length);
        Bitpacking.PackInt8(input, channels, zeroPoint, output);
    }

    /// <summary>
    /// Bool input: LCE packs the raw byte as unsigned with zero point 1, so bit = (byte)v &lt; 1:
    /// true is +1 (bit 0), false is −1 (bit 1).
    /// </summary>
    public static void Bool(ReadOnlySpan<bool> input, int channels, Span<int> output)
    {
        Rows(input.Length, channels, output.Length);
        Bitpacking.PackBool(input, channels, output);
    }

    /// <summary>Rows of <paramref name="channels"/> in the input, checked against the output size (with the kernel's messages).</summary>
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
