namespace Lce.IR.Numerics;

/// <summary>
/// Correctly rounded (nearest-even) conversion of <c>digits * 10^exponent</c> into a format, with the same
/// early overflow/underflow cut-offs as <c>APFloat::convertFromDecimalString</c>. Exact bignum arithmetic
/// decides every case; small inputs take Clinger's fast path, which is exact because both operands and the
/// single IEEE operation are exact/correctly rounded.
/// </summary>
internal static class DecimalToBinary
{
    private static readonly double[] DoublePowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    private static readonly float[] SinglePowersOfTen = [1e0f, 1e1f, 1e2f, 1e3f, 1e4f, 1e5f, 1e6f, 1e7f, 1e8f, 1e9f, 1e10f];

    /// <summary>Rounds a decimal whose significant digits fit in a ulong.</summary>
    public static DecodedFloat Round(FloatSemantics sem, bool negative, ulong digits, long exponent)
    {
        if (digits == 0)
            return FloatRounding.Zero(sem, negative);

        if (ReferenceEquals(sem, FloatSemantics.Double) && digits < 1UL << 53 && exponent is >= -22 and <= 22)
        {
            double magnitude = exponent >= 0 ? digits * DoublePowersOfTen[exponent] : digits / DoublePowersOfTen[-exponent];
            ulong bits = BitConverter.DoubleToUInt64Bits(negative ? -magnitude : magnitude);
            return FloatEncoding.Decode(bits, sem);
        }
        if (ReferenceEquals(sem, FloatSemantics.Single) && digits < 1UL << 24 && exponent is >= -10 and <= 10)
        {
            float value = digits;
            float magnitude = exponent >= 0 ? value * SinglePowersOfTen[exponent] : value / SinglePowersOfTen[-exponent];
            uint bits = BitConverter.SingleToUInt32Bits(negative ? -magnitude : magnitude);
            return FloatEncoding.Decode(bits, sem);
        }

        ReadOnlySpan<byte> none = default;
        return RoundSlow(sem, negative, none, digits, 20, exponent);
    }

    /// <summary>
    /// Rounds <c>D * 10^exponent</c> where D is the decimal number whose digits (values 0-9, most significant
    /// first, no leading zero) are given.
    /// </summary>
    public static DecodedFloat Round(FloatSemantics sem, bool negative, ReadOnlySpan<byte> digits, long exponent)
    {
        if (digits.Length == 0)
            return FloatRounding.Zero(sem, negative);
        if (digits.Length <= 19)
        {
            ulong value = 0;
            foreach (byte d in digits)
                value = value * 10 + d;
            return Round(sem, negative, value, exponent);
        }
        return RoundSlow(sem, negative, digits, 0, digits.Length, exponent);
    }

    // Either `digits` (a digit span) or `smallValue` (when the span is empty) holds D; `digitCount` bounds
    // its decimal length, which only sizes buffers and the early cut-offs.
    private static DecodedFloat RoundSlow(
        FloatSemantics sem, bool negative, ReadOnlySpan<byte> digits, ulong smallValue, int digitCount, long exponent)
    {
        if (digits.IsEmpty)
            digitCount = CountDigits(smallValue);

        // APFloat's quick cases. With the value written d.ddd * 10^n (n = "normalized exponent") and its
        // integer approximations of log2(10), it surely overflows when (n - 1) * 42039 / 12655 >= emax and
        // surely underflows to zero when (n + 1) * 28738 / 8651 <= emin - precision. (Both bounds are
        // conservative for every supported format, so they only save work.)
        long normalizedExponent = exponent + digitCount - 1;
        if ((normalizedExponent + 1) * 28738 <= 8651L * (sem.MinExponent - sem.Precision))
            return FloatRounding.Zero(sem, negative);
        if ((normalizedExponent - 1) * 42039 >= 12655L * sem.MaxExponent)
            return FloatRounding.Overflow(sem, negative);

        int exp = (int)exponent;
        long digitBits = digitCount * 3402L / 1024 + 1; // log2(10) < 3402/1024
        long pow5Bits = Math.Abs((long)exp) * 2322L / 1000 + 1; // log2(5) < 2.322
        // For a negative exponent D is scaled up so that the quotient by 5^n keeps >= precision + 2 bits.
        long bits = digitBits + (exp >= 0 ? pow5Bits : sem.Precision + 4 + pow5Bits);

        int words = BigNat.WordsFor(bits);
        Span<ulong> buffer = words <= 512 ? stackalloc ulong[words] : new ulong[words];
        buffer.Clear();
        var value = new BigNat(buffer, 0);
        if (digits.IsEmpty)
        {
            value.AddSmall(smallValue);
        }
        else
        {
            for (int start = 0; start < digits.Length; start += 19)
            {
                int end = Math.Min(start + 19, digits.Length);
                ulong chunk = 0;
                for (int i = start; i < end; i++)
                    chunk = chunk * 10 + digits[i];
                value.MultiplySmall(Pow5.TenTable[end - start]);
                value.AddSmall(chunk);
            }
        }

        if (exp >= 0)
        {
            value.MultiplyPow5(exp);
            return FloatRounding.Round(sem, negative, ref value, exp, sticky: false);
        }

        int extraShift = (int)Math.Max(0, sem.Precision + 4 + pow5Bits - value.BitLength);
        value.ShiftLeft(extraShift);
        bool sticky = value.DividePow5(-exp);
        return FloatRounding.Round(sem, negative, ref value, (long)exp - extraShift, sticky);
    }

    private static int CountDigits(ulong value)
    {
        int count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }
        return count;
    }
}
