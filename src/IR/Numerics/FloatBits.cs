using System.Globalization;

namespace Lce.IR.Numerics;

/// <summary>Bridges between .NET floating-point types, hex literals and bit patterns of any format.</summary>
public static class FloatBits
{
    public static UInt128 FromDouble(double value) => BitConverter.DoubleToUInt64Bits(value);

    public static UInt128 FromSingle(float value) => BitConverter.SingleToUInt32Bits(value);

    public static UInt128 FromHalf(Half value) => BitConverter.HalfToUInt16Bits(value);

    /// <summary>The bits of <paramref name="value"/> rounded (nearest-even) into <paramref name="sem"/>.</summary>
    public static UInt128 FromDouble(double value, FloatSemantics sem) =>
        FloatParser.Convert(BitConverter.DoubleToUInt64Bits(value), FloatSemantics.Double, sem);

    /// <summary>
    /// The value as a double: exact for every format except f80/f128 (which are rounded to nearest-even).
    /// NaN patterns become a quiet double NaN with the same sign.
    /// </summary>
    public static double ToDouble(UInt128 bits, FloatSemantics sem) =>
        BitConverter.UInt64BitsToDouble((ulong)FloatParser.Convert(bits, sem, FloatSemantics.Double));

    /// <summary>The value as a float, rounded to nearest-even where it does not fit exactly.</summary>
    public static float ToSingle(UInt128 bits, FloatSemantics sem) =>
        BitConverter.UInt32BitsToSingle((uint)FloatParser.Convert(bits, sem, FloatSemantics.Single));

    public static Half ToHalf(UInt128 bits, FloatSemantics sem) =>
        BitConverter.UInt16BitsToHalf((ushort)FloatParser.Convert(bits, sem, FloatSemantics.Half));

    /// <summary>
    /// Parses a hexadecimal bit pattern such as <c>0x7FC00000</c> (digits of either case); fails if the value
    /// does not fit the format's width.
    /// </summary>
    public static bool TryParseHex(ReadOnlySpan<char> text, FloatSemantics sem, out UInt128 bits)
    {
        bits = 0;
        if (text.Length < 3 || text[0] != '0' || (text[1] != 'x' && text[1] != 'X'))
            return false;
        var digits = text[2..].TrimStart('0');
        if (digits.Length > 32)
            return false;
        if (digits.Length > 0 &&
            !UInt128.TryParse(digits, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out bits))
            return false;
        return (bits & ~sem.BitMask) == 0;
    }
}
