using System.Text;

namespace Lce.IR.Numerics;

/// <summary>
/// Float to text exactly as MLIR's AsmPrinter (<c>printFloatValue</c>) and LLVM's <c>APFloat::toString</c>
/// produce it.
/// </summary>
public static class FloatFormatter
{
    /// <summary>Longest text <see cref="TryFormat"/> can produce (f128/f80 default form).</summary>
    public const int MaxMlirLength = 64;

    private const int ShortPrecision = 6;

    /// <summary>
    /// The text MLIR prints for a float attribute value (without the <c>: type</c> suffix): NaN and
    /// infinity as hex bits; otherwise <c>d.dddddde±XX</c> if that reads back to the same value, else the
    /// default <c>APFloat::toString()</c> if it contains a '.', else hex bits.
    /// </summary>
    public static string Format(UInt128 bits, FloatSemantics sem)
    {
        Span<char> buffer = stackalloc char[MaxMlirLength];
        int length = FormatCore(bits, sem, buffer);
        return new string(buffer[..length]);
    }

    public static string Format(double value) => Format(BitConverter.DoubleToUInt64Bits(value), FloatSemantics.Double);

    public static string Format(float value) => Format(BitConverter.SingleToUInt32Bits(value), FloatSemantics.Single);

    public static string Format(Half value) => Format(BitConverter.HalfToUInt16Bits(value), FloatSemantics.Half);

    /// <summary>Allocation-free form of <see cref="Format(UInt128, FloatSemantics)"/>.</summary>
    public static bool TryFormat(UInt128 bits, FloatSemantics sem, Span<char> destination, out int charsWritten)
    {
        Span<char> buffer = stackalloc char[MaxMlirLength];
        int length = FormatCore(bits, sem, buffer);
        charsWritten = 0;
        if (length > destination.Length)
            return false;
        buffer[..length].CopyTo(destination);
        charsWritten = length;
        return true;
    }

    /// <summary>Appends the MLIR text of a float value to a builder.</summary>
    public static StringBuilder AppendTo(StringBuilder builder, UInt128 bits, FloatSemantics sem)
    {
        Span<char> buffer = stackalloc char[MaxMlirLength];
        int length = FormatCore(bits, sem, buffer);
        return builder.Append(buffer[..length]);
    }

    /// <summary>
    /// <c>APFloat::toString(Str, FormatPrecision, FormatMaxPadding, TruncateZero)</c>. A precision of 0
    /// means "enough to round-trip" (2 + floor(precision * 59 / 196) digits). The defaults are APFloat's.
    /// Infinity prints as <c>+Inf</c>/<c>-Inf</c> and NaN as <c>NaN</c>.
    /// </summary>
    public static string ApFloatToString(
        UInt128 bits, FloatSemantics sem, int formatPrecision = 0, int formatMaxPadding = 3, bool truncateZero = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(formatPrecision);
        ArgumentOutOfRangeException.ThrowIfNegative(formatMaxPadding);
        var value = FloatEncoding.Decode(bits, sem);
        switch (value.Category)
        {
            case FloatCategory.Infinity:
                return value.IsNegative ? "-Inf" : "+Inf";
            case FloatCategory.NaN:
                return "NaN";
            case FloatCategory.Zero:
                return DecimalLayout.Zero(value.IsNegative, formatPrecision, formatMaxPadding, truncateZero);
        }

        int precision = formatPrecision == 0 ? BinaryToDecimal.DefaultFormatPrecision(sem.Precision) : formatPrecision;
        int maxDigits = BinaryToDecimal.MaxDigits(precision);
        Span<byte> digits = maxDigits <= 512 ? stackalloc byte[maxDigits] : new byte[maxDigits];
        int count = BinaryToDecimal.Generate(
            value.Significand, value.Exponent - (sem.Precision - 1), precision, digits, out int exponent10);
        int maxLength = DecimalLayout.MaxLength(count, precision, formatMaxPadding);
        Span<char> text = maxLength <= 512 ? stackalloc char[maxLength] : new char[maxLength];
        int length = DecimalLayout.Write(
            text, value.IsNegative, digits[..count], exponent10, precision, formatMaxPadding, truncateZero);
        return new string(text[..length]);
    }

    /// <summary>
    /// The bits as MLIR prints them: <c>0x</c> and uppercase hex digits without leading zeros
    /// (<c>APInt::toString</c> radix 16 as a C literal), e.g. <c>0x7FC00000</c>, <c>0x7C00</c>, <c>0x0</c>.
    /// </summary>
    public static string FormatHexBits(UInt128 bits)
    {
        Span<char> buffer = stackalloc char[34];
        int length = WriteHex(bits, buffer);
        return new string(buffer[..length]);
    }

    private static int FormatCore(UInt128 bits, FloatSemantics sem, Span<char> output)
    {
        bits &= sem.BitMask;
        var value = FloatEncoding.Decode(bits, sem);
        if (value.Category is FloatCategory.NaN or FloatCategory.Infinity)
            return WriteHex(bits, output);

        if (value.Category == FloatCategory.Zero)
        {
            // "0.000000e+00" always reads back as the same (signed) zero.
            const string zero = "0.000000e+00";
            int pos = 0;
            if (value.IsNegative)
                output[pos++] = '-';
            zero.CopyTo(output[pos..]);
            return pos + zero.Length;
        }

        int exponent2 = value.Exponent - (sem.Precision - 1);
        Span<byte> digits = stackalloc byte[BinaryToDecimal.MaxDigits(48)];

        int count = BinaryToDecimal.Generate(value.Significand, exponent2, ShortPrecision, digits, out int exponent10);
        ulong shortDigits = 0;
        for (int i = 0; i < count; i++)
            shortDigits = shortDigits * 10 + digits[i];
        var reparsed = DecimalToBinary.Round(sem, value.IsNegative, shortDigits, exponent10);
        if (reparsed.SameValueAs(value))
        {
            return DecimalLayout.Write(
                output, value.IsNegative, digits[..count], exponent10, ShortPrecision, 0, truncateZero: false);
        }

        int precision = BinaryToDecimal.DefaultFormatPrecision(sem.Precision);
        count = BinaryToDecimal.Generate(value.Significand, exponent2, precision, digits, out exponent10);
        // The default form lacks a '.' only when it is a plain integer; the parser would not take that as
        // a float, so MLIR falls back to hex.
        if (!DecimalLayout.IsScientific(count, exponent10, precision, 3) && exponent10 >= 0)
            return WriteHex(bits, output);
        return DecimalLayout.Write(output, value.IsNegative, digits[..count], exponent10, precision, 3, truncateZero: true);
    }

    private static int WriteHex(UInt128 bits, Span<char> output)
    {
        const string hexDigits = "0123456789ABCDEF";
        int nibbles = Math.Max(1, (128 - (int)UInt128.LeadingZeroCount(bits) + 3) / 4);
        output[0] = '0';
        output[1] = 'x';
        for (int i = 0; i < nibbles; i++)
            output[1 + nibbles - i] = hexDigits[(int)(bits >> (4 * i)) & 0xF];
        return nibbles + 2;
    }
}
