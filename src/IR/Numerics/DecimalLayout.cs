namespace Lce.IR.Numerics;

/// <summary>
/// The text layout half of <c>APFloat::toString</c>: given the generated digits, choose plain or
/// scientific notation from the padding limit and write them out.
/// </summary>
internal static class DecimalLayout
{
    /// <summary>Characters the layout of <paramref name="digitCount"/> digits can take at most.</summary>
    public static int MaxLength(int digitCount, int formatPrecision, int formatMaxPadding) =>
        16 + Math.Max(digitCount, formatPrecision) + formatMaxPadding;

    /// <summary>
    /// Writes <c>digits * 10^exponent10</c> (digits most significant first, no trailing zeros) and returns
    /// the length. <paramref name="formatPrecision"/> must already be resolved (non-zero).
    /// </summary>
    public static int Write(
        Span<char> output, bool negative, ReadOnlySpan<byte> digits, int exponent10,
        int formatPrecision, int formatMaxPadding, bool truncateZero)
    {
        int pos = 0;
        if (negative)
            output[pos++] = '-';
        int count = digits.Length;

        if (IsScientific(count, exponent10, formatPrecision, formatMaxPadding))
        {
            int exponent = exponent10 + count - 1;
            output[pos++] = (char)('0' + digits[0]);
            output[pos++] = '.';
            if (count == 1 && truncateZero)
                output[pos++] = '0';
            for (int i = 1; i < count; i++)
                output[pos++] = (char)('0' + digits[i]);
            // Without truncation the mantissa is padded to exactly formatPrecision fractional digits.
            if (!truncateZero)
            {
                for (int i = count - 1; i < formatPrecision; i++)
                    output[pos++] = '0';
            }
            output[pos++] = truncateZero ? 'E' : 'e';
            output[pos++] = exponent >= 0 ? '+' : '-';
            uint magnitude = (uint)Math.Abs(exponent);
            if (!truncateZero && magnitude < 10)
                output[pos++] = '0';
            return WriteUnsigned(output, pos, magnitude);
        }

        if (exponent10 >= 0)
        {
            for (int i = 0; i < count; i++)
                output[pos++] = (char)('0' + digits[i]);
            for (int i = 0; i < exponent10; i++)
                output[pos++] = '0';
            return pos;
        }

        int wholeDigits = exponent10 + count;
        int next = 0;
        if (wholeDigits > 0)
        {
            for (; next < wholeDigits; next++)
                output[pos++] = (char)('0' + digits[next]);
            output[pos++] = '.';
        }
        else
        {
            output[pos++] = '0';
            output[pos++] = '.';
            for (int i = 0; i < -wholeDigits; i++)
                output[pos++] = '0';
        }
        for (; next < count; next++)
            output[pos++] = (char)('0' + digits[next]);
        return pos;
    }

    public static bool IsScientific(int digitCount, int exponent10, int formatPrecision, int formatMaxPadding)
    {
        if (formatMaxPadding == 0)
            return true;
        if (exponent10 >= 0)
            return exponent10 > formatMaxPadding || digitCount + exponent10 > formatPrecision;
        int mostSignificantPower = exponent10 + digitCount - 1;
        return mostSignificantPower < 0 && -mostSignificantPower > formatMaxPadding;
    }

    /// <summary>The zero text: <c>0</c> with padding allowed, else <c>0.0E+0</c> or <c>0.000000e+00</c>.</summary>
    public static string Zero(bool negative, int formatPrecision, int formatMaxPadding, bool truncateZero)
    {
        string sign = negative ? "-" : "";
        if (formatMaxPadding != 0)
            return sign + "0";
        if (truncateZero)
            return sign + "0.0E+0";
        return sign + "0.0" + new string('0', Math.Max(0, formatPrecision - 1)) + "e+00";
    }

    private static int WriteUnsigned(Span<char> output, int pos, uint value)
    {
        int length = 1;
        for (uint v = value; v >= 10; v /= 10)
            length++;
        for (int i = pos + length - 1; i >= pos; i--)
        {
            output[i] = (char)('0' + value % 10);
            value /= 10;
        }
        return pos + length;
    }
}
