namespace Lce.Dialects.Lq;

/// <summary>
/// LCE's bitpacking convention: the innermost axis is packed into little-endian int32 words,
/// element j of a row going to bit j%32 of word j/32; bit 0 means +1 and bit 1 means -1;
/// unused high bits of a row's last word are 0. Shared by the lq folders, the weight-packing
/// pass and the reference kernels.
/// </summary>
public static class Bitpacking
{
    public const int BitsPerWord = 32;

    /// <summary>Words per row for <paramref name="channels"/> elements: ⌈channels/32⌉.</summary>
    public static int PackedSize(int channels) => (int)PackedSize((long)channels);

    /// <summary>⌈channels/32⌉ for dimension sizes (any non-negative 64-bit count, no overflow).</summary>
    public static long PackedSize(long channels) => channels / BitsPerWord + (channels % BitsPerWord != 0 ? 1 : 0);

    /// <summary>
    /// Packs rows of <paramref name="channels"/> floats; bit = x &lt; 0, so +0.0, -0.0 and NaN
    /// all give bit 0 (+1), as LCE's portable packer.
    /// </summary>
    public static int[] PackF32(ReadOnlySpan<float> values, int channels)
    {
        var packed = new int[PackedLength(values.Length, channels)];
        PackF32(values, channels, packed);
        return packed;
    }

    /// <summary>Packs int8 rows against a zero point: bit = q &lt; zeroPoint (a negative real value).</summary>
    public static int[] PackInt8(ReadOnlySpan<sbyte> values, int channels, int zeroPoint)
    {
        var packed = new int[PackedLength(values.Length, channels)];
        PackInt8(values, channels, zeroPoint, packed);
        return packed;
    }

    /// <summary>Packs booleans: true is +1 (bit 0), false is -1 (bit 1).</summary>
    public static int[] PackBool(ReadOnlySpan<bool> values, int channels)
    {
        var packed = new int[PackedLength(values.Length, channels)];
        PackBool(values, channels, packed);
        return packed;
    }

    /// <summary><see cref="PackF32(ReadOnlySpan{float}, int)"/> into <paramref name="packed"/> (rows × ⌈channels/32⌉ words).</summary>
    public static void PackF32(ReadOnlySpan<float> values, int channels, Span<int> packed) =>
        Pack(channels, values, packed, static (v, i) => v[i] < 0f);

    /// <summary><see cref="PackInt8(ReadOnlySpan{sbyte}, int, int)"/> into <paramref name="packed"/>.</summary>
    public static void PackInt8(ReadOnlySpan<sbyte> values, int channels, int zeroPoint, Span<int> packed) =>
        Pack(channels, values, packed, (v, i) => v[i] < zeroPoint);

    /// <summary><see cref="PackBool(ReadOnlySpan{bool}, int)"/> into <paramref name="packed"/>.</summary>
    public static void PackBool(ReadOnlySpan<bool> values, int channels, Span<int> packed) =>
        Pack(channels, values, packed, static (v, i) => !v[i]);

    private delegate bool IsNegative<T>(ReadOnlySpan<T> values, int index);

    /// <summary>Words for <paramref name="length"/> elements in rows of <paramref name="channels"/>.</summary>
    private static int PackedLength(int length, int channels)
    {
        if (channels <= 0) throw new ArgumentOutOfRangeException(nameof(channels));
        if (length % channels != 0) throw new ArgumentException($"{length} elements are not rows of {channels}");
        return length / channels * PackedSize(channels);
    }

    private static void Pack<T>(int channels, ReadOnlySpan<T> values, Span<int> packed, IsNegative<T> negative)
    {
        if (packed.Length != PackedLength(values.Length, channels))
            throw new ArgumentException($"{packed.Length} words do not hold {values.Length / channels} rows of {channels}");
        packed.Clear();
        int rows = values.Length / channels, words = PackedSize(channels);
        for (int r = 0; r < rows; r++)
        {
            int src = r * channels, dst = r * words;
            for (int c = 0; c < channels; c++)
                if (negative(values, src + c)) packed[dst + c / BitsPerWord] |= 1 << (c % BitsPerWord);
        }
    }

    /// <summary>Whether element <paramref name="channel"/> of packed row <paramref name="row"/> is -1.</summary>
    public static bool IsMinusOne(ReadOnlySpan<int> packed, int channels, int row, int channel) =>
        ((packed[row * PackedSize(channels) + channel / BitsPerWord] >> (channel % BitsPerWord)) & 1) != 0;

    /// <summary>Unpacks to ±1.0 floats, <paramref name="channels"/> per row.</summary>
    public static float[] UnpackF32(ReadOnlySpan<int> packed, int channels)
    {
        int words = PackedSize(channels);
        if (packed.Length % words != 0) throw new ArgumentException($"{packed.Length} words are not rows of {words}");
        int rows = packed.Length / words;
        var values = new float[rows * channels];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < channels; c++)
                values[r * channels + c] = IsMinusOne(packed, channels, r, c) ? -1f : 1f;
        return values;
    }
}
