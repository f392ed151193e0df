namespace Lce.IR.Numerics;

/// <summary>
/// The digit generation of <c>APFloat::toString</c>, reproduced step for step because its output is not a
/// correctly rounded decimal: the exact value is first cut down by a *truncating* division by a power of
/// ten chosen from bit counts (196/59 approximates log2 10), and only then rounded half-up on one digit.
/// When the truncated number already has few enough digits no rounding happens at all.
/// </summary>
internal static class BinaryToDecimal
{
    /// <summary>Upper bound on the digits <see cref="Generate"/> writes for a format precision.</summary>
    public static int MaxDigits(int formatPrecision) => formatPrecision + 8;

    /// <summary>Format precision used when 0 is asked for: enough digits to round-trip (Steele and White).</summary>
    public static int DefaultFormatPrecision(int semanticsPrecision) => 2 + semanticsPrecision * 59 / 196;

    /// <summary>
    /// Writes the decimal digits (values 0-9, most significant first, no trailing zeros) of
    /// <c>significand * 2^exponent2</c> (significand non-zero) limited to <paramref name="formatPrecision"/>
    /// significant digits; returns the digit count and sets <paramref name="exponent10"/> to the power of ten
    /// of the last digit.
    /// </summary>
    public static int Generate(
        UInt128 significand, int exponent2, int formatPrecision, Span<byte> digits, out int exponent10)
    {
        int trailingZeros = (int)UInt128.TrailingZeroCount(significand);
        significand >>= trailingZeros;
        exponent2 += trailingZeros;
        int sigBits = 128 - (int)UInt128.LeadingZeroCount(significand);

        // Bits of N where value = N * 10^e10: N = sig * 2^exp2 (e10 = 0) or N = sig * 5^-exp2 (e10 = exp2).
        long maxBits = exponent2 >= 0 ? sigBits + exponent2 : sigBits + (-exponent2) * 2322L / 1000 + 1;
        int words = BigNat.WordsFor(maxBits);
        Span<ulong> buffer = words <= 1024 ? stackalloc ulong[words] : new ulong[words];
        buffer.Clear();
        var n = new BigNat(buffer, significand);
        int e10 = 0;
        if (exponent2 > 0)
        {
            n.ShiftLeft(exponent2);
        }
        else if (exponent2 < 0)
        {
            n.MultiplyPow5(-exponent2);
            e10 = exponent2;
        }

        // Drop decimal digits that cannot matter at this precision, truncating.
        int bits = n.BitLength;
        int bitsRequired = (formatPrecision * 196 + 58) / 59;
        if (bits > bitsRequired)
        {
            int tensRemovable = (bits - bitsRequired) * 59 / 196;
            if (tensRemovable > 0)
            {
                e10 += tensRemovable;
                n.DividePow10(tensRemovable);
            }
        }

        int count = WriteDigitsMostSignificantFirst(ref n, digits);
        // Strip trailing zeros into the exponent.
        while (count > 0 && digits[count - 1] == 0)
        {
            count--;
            e10++;
        }

        count = RoundHalfUpToPrecision(digits, count, formatPrecision, ref e10);
        exponent10 = e10;
        return count;
    }

    private static int WriteDigitsMostSignificantFirst(ref BigNat n, Span<byte> digits)
    {
        // Collect 19-digit chunks least significant first, then lay them out most significant first.
        Span<ulong> chunks = stackalloc ulong[(digits.Length + 18) / 19 + 1];
        int chunkCount = 0;
        while (!n.IsZero)
        {
            if (n.FitsInUInt128)
            {
                UInt128 rest = n.ToUInt128();
                while (rest != 0)
                {
                    var (q, r) = UInt128.DivRem(rest, Pow5.TenPow19);
                    chunks[chunkCount++] = (ulong)r;
                    rest = q;
                }
                break;
            }
            chunks[chunkCount++] = n.DivRemTenPow19();
        }

        int count = 0;
        for (int c = chunkCount - 1; c >= 0; c--)
        {
            ulong chunk = chunks[c];
            int width = c == chunkCount - 1 ? DecimalLength(chunk) : 19;
            for (int i = width - 1; i >= 0; i--)
            {
                digits[count + i] = (byte)(chunk % 10);
                chunk /= 10;
            }
            count += width;
        }
        return count;
    }

    /// <summary>
    /// Keeps <paramref name="precision"/> digits, rounding half up on the first dropped digit alone (as
    /// APFloat does), and drops zeros that rounding leaves at the end.
    /// </summary>
    private static int RoundHalfUpToPrecision(Span<byte> digits, int count, int precision, ref int exponent10)
    {
        if (count <= precision)
            return count;

        int keep = precision;
        if (digits[precision] < 5)
        {
            while (digits[keep - 1] == 0)
                keep--;
            exponent10 += count - keep;
            return keep;
        }

        while (keep > 0 && digits[keep - 1] == 9)
            keep--;
        if (keep == 0)
        {
            exponent10 += count;
            digits[0] = 1;
            return 1;
        }
        digits[keep - 1]++;
        exponent10 += count - keep;
        return keep;
    }

    private static int DecimalLength(ulong value)
    {
        int length = 1;
        while (value >= 10)
        {
            value /= 10;
            length++;
        }
        return length;
    }
}
