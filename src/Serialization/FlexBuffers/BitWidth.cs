namespace Lce.Serialization.FlexBuffers;

/// <summary>
/// The width code stored in the low two bits of a packed type byte; the byte width is
/// <c>1 &lt;&lt; code</c>.
/// </summary>
public enum BitWidth : byte
{
    Width8 = 0,
    Width16 = 1,
    Width32 = 2,
    Width64 = 3,
}

/// <summary>The width rules shared by the builder and the reader.</summary>
public static class BitWidths
{
    /// <summary>The smallest width that holds <paramref name="u"/> as an unsigned number.</summary>
    public static BitWidth OfUnsigned(ulong u) =>
        u <= byte.MaxValue ? BitWidth.Width8
        : u <= ushort.MaxValue ? BitWidth.Width16
        : u <= uint.MaxValue ? BitWidth.Width32
        : BitWidth.Width64;

    /// <summary>
    /// The smallest width that holds <paramref name="i"/> as a two's-complement number. Shifting
    /// left by one and folding negatives onto non-negatives makes [-128, 127] need 8 bits.
    /// </summary>
    public static BitWidth OfSigned(long i)
    {
        ulong u = unchecked((ulong)i << 1);
        return OfUnsigned(i >= 0 ? u : ~u);
    }

    /// <summary>32 bits when the double survives a round trip through float, else 64 (NaN: 64).</summary>
    public static BitWidth OfDouble(double d) => (double)(float)d == d ? BitWidth.Width32 : BitWidth.Width64;

    /// <summary>1, 2, 4 or 8.</summary>
    public static int ByteWidth(this BitWidth width) => 1 << (int)width;

    /// <summary>The code of a byte width of 1, 2, 4 or 8.</summary>
    public static BitWidth FromByteWidth(int byteWidth) => byteWidth switch
    {
        1 => BitWidth.Width8,
        2 => BitWidth.Width16,
        4 => BitWidth.Width32,
        8 => BitWidth.Width64,
        _ => throw new ArgumentOutOfRangeException(nameof(byteWidth), byteWidth, "a byte width is 1, 2, 4 or 8"),
    };

    /// <summary>The zero bytes that align <paramref name="size"/> to <paramref name="alignment"/> (a power of two).</summary>
    internal static int PaddingBytes(long size, int alignment) => (int)(-size & (alignment - 1));

    internal static BitWidth Max(BitWidth a, BitWidth b) => a >= b ? a : b;
}
