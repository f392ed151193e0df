namespace Lce.IR.Numerics;

/// <summary>
/// Validates decimal float text and locates its significant digits without copying, so the value can be
/// described as <c>D * 10^Exponent</c> with D free of leading and trailing zeros.
/// </summary>
internal static class DecimalScanner
{
    /// <summary>Exponents beyond this are saturated; every format has overflowed/underflowed long before.</summary>
    private const long ExponentLimit = 1L << 40;

    internal readonly record struct Result(
        bool Negative, int FirstDigit, int LastDigit, int DotIndex, int SignificantDigitCount, long Exponent)
    {
        /// <summary>Writes the significant digits (0-9), skipping the decimal point.</summary>
        public void CopySignificantDigits(ReadOnlySpan<char> text, Span<byte> digits)
        {
            int n = 0;
            for (int i = FirstDigit; n < SignificantDigitCount; i++)
            {
                if (i != DotIndex)
                    digits[n++] = (byte)(text[i] - '0');
            }
        }
    }

    public static bool TryScan(ReadOnlySpan<char> text, out Result result)
    {
        result = default;
        int pos = 0;
        bool negative = false;
        if (pos < text.Length && (text[pos] == '+' || text[pos] == '-'))
            negative = text[pos++] == '-';

        int mantissaStart = pos, dot = -1, digitCount = 0;
        for (; pos < text.Length; pos++)
        {
            char c = text[pos];
            if (c == '.')
            {
                if (dot >= 0)
                    return false;
                dot = pos;
            }
            else if (char.IsAsciiDigit(c))
            {
                digitCount++;
            }
            else
            {
                break;
            }
        }
        if (digitCount == 0)
            return false;
        int mantissaEnd = pos;

        long exponent = 0;
        if (pos < text.Length)
        {
            if (text[pos] != 'e' && text[pos] != 'E')
                return false;
            pos++;
            bool negativeExponent = false;
            if (pos < text.Length && (text[pos] == '+' || text[pos] == '-'))
                negativeExponent = text[pos++] == '-';
            if (pos == text.Length)
                return false;
            for (; pos < text.Length; pos++)
            {
                if (!char.IsAsciiDigit(text[pos]))
                    return false;
                exponent = Math.Min(exponent * 10 + (text[pos] - '0'), ExponentLimit);
            }
            if (negativeExponent)
                exponent = -exponent;
        }

        // Find the first and last non-zero digits.
        int first = -1, last = -1;
        for (int i = mantissaStart; i < mantissaEnd; i++)
        {
            if (text[i] is >= '1' and <= '9')
            {
                if (first < 0)
                    first = i;
                last = i;
            }
        }
        if (first < 0)
        {
            result = new Result(negative, 0, -1, dot, 0, 0);
            return true;
        }

        // The power of ten of the last significant digit.
        int pointPosition = dot >= 0 ? dot : mantissaEnd;
        long lastDigitPower = last < pointPosition ? pointPosition - last - 1 : -(last - pointPosition);
        int significant = last - first + 1 - (dot > first && dot < last ? 1 : 0);
        result = new Result(negative, first, last, dot, significant, exponent + lastDigitPower);
        return true;
    }
}
