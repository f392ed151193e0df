namespace Lce.IR.Numerics;

/// <summary>
/// Round-to-nearest-even of an exact binary value into a format, reproducing APFloat's
/// <c>normalize</c>: the overflow test happens before rounding on the leading bit's exponent, NaN-only
/// formats overflow to NaN, finite-only formats saturate, and f8E4M3FN-style formats treat the all-ones
/// pattern as overflow.
/// </summary>
internal static class FloatRounding
{
    /// <summary>
    /// Rounds <c>mantissa * 2^binaryExponent</c>, plus "a little more" when <paramref name="sticky"/> is set
    /// (strictly less than one unit of the mantissa's lowest bit; callers keep at least two bits beyond the
    /// target precision so that this can never decide a tie on its own).
    /// </summary>
    public static DecodedFloat Round(FloatSemantics sem, bool negative, ref BigNat mantissa, long binaryExponent, bool sticky)
    {
        if (mantissa.IsZero)
            return Zero(sem, negative);

        int precision = sem.Precision;
        long msbExponent = binaryExponent + mantissa.BitLength - 1;
        if (msbExponent > sem.MaxExponent)
            return Overflow(sem, negative);

        int targetExponent = (int)Math.Max(msbExponent, sem.MinExponent);
        long shift = targetExponent - (precision - 1) - binaryExponent;

        UInt128 significand;
        bool halfBit, belowHalf;
        if (shift <= 0)
        {
            significand = mantissa.ToUInt128() << (int)-shift;
            halfBit = false;
            belowHalf = sticky;
        }
        else if (shift > mantissa.BitLength + 1)
        {
            // Far below the smallest denormal: the value is less than half of it.
            significand = 0;
            halfBit = false;
            belowHalf = true;
        }
        else
        {
            int s = (int)shift;
            significand = mantissa.ExtractBits(s) & ((UInt128.One << precision) - 1);
            halfBit = mantissa.TestBit(s - 1);
            belowHalf = sticky || mantissa.AnyBitsBelow(s - 1);
        }
        return Finish(sem, negative, targetExponent, significand, halfBit, belowHalf);
    }

    /// <summary>Rounds an exact <c>significand * 2^binaryExponent</c> with no lost bits.</summary>
    public static DecodedFloat Round(FloatSemantics sem, bool negative, UInt128 significand, long binaryExponent)
    {
        Span<ulong> buffer = stackalloc ulong[6];
        var mantissa = new BigNat(buffer, significand);
        return Round(sem, negative, ref mantissa, binaryExponent, sticky: false);
    }

    private static DecodedFloat Finish(
        FloatSemantics sem, bool negative, int exponent, UInt128 significand, bool halfBit, bool belowHalf)
    {
        int precision = sem.Precision;
        UInt128 allOnes = (UInt128.One << precision) - 1;
        // Where NaN is the all-ones pattern, reaching it means overflow. f8E8M0FNU (no significand) is
        // exempt: its largest exponent with the implicit 1 is the finite 2^127, as mlir-opt shows.
        bool allOnesIsNaN = sem.NonFiniteBehavior == NonFiniteBehavior.NanOnly && sem.NanEncoding == NanEncoding.AllOnes &&
                            precision > 1;

        if (allOnesIsNaN && exponent == sem.MaxExponent && significand == allOnes)
            return Overflow(sem, negative);

        bool roundUp = halfBit && (belowHalf || (significand & 1) != 0);
        if (roundUp)
        {
            significand++;
            if (significand == UInt128.One << precision)
            {
                if (exponent == sem.MaxExponent)
                    return Overflow(sem, negative);
                significand >>= 1;
                exponent++;
            }
            else if (allOnesIsNaN && exponent == sem.MaxExponent && significand == allOnes)
            {
                return Overflow(sem, negative);
            }
        }

        if (significand == 0)
            return Zero(sem, negative);
        return new DecodedFloat(FloatCategory.Normal, negative && sem.HasSignedRepr, exponent, significand);
    }

    /// <summary>Zero as APFloat canonicalises it: unsigned in "UZ" formats, 2^emin where zero is missing.</summary>
    public static DecodedFloat Zero(FloatSemantics sem, bool negative)
    {
        if (!sem.HasZero)
            return SmallestNormal(sem);
        bool sign = negative && sem.NanEncoding != NanEncoding.NegativeZero;
        return new DecodedFloat(FloatCategory.Zero, sign, sem.MinExponent - 1, 0);
    }

    /// <summary>Overflow under round-to-nearest: infinity, NaN for NaN-only formats, else the largest finite.</summary>
    public static DecodedFloat Overflow(FloatSemantics sem, bool negative) => sem.NonFiniteBehavior switch
    {
        NonFiniteBehavior.Ieee754 => new DecodedFloat(FloatCategory.Infinity, negative, sem.MaxExponent + 1, 0),
        NonFiniteBehavior.NanOnly => new DecodedFloat(FloatCategory.NaN, negative, sem.MaxExponent + 1, 0),
        _ => Largest(sem, negative),
    };

    public static DecodedFloat Largest(FloatSemantics sem, bool negative)
    {
        UInt128 significand = (UInt128.One << sem.Precision) - 1;
        if (sem.NonFiniteBehavior == NonFiniteBehavior.NanOnly && sem.NanEncoding == NanEncoding.AllOnes && sem.Precision > 1)
            significand &= ~UInt128.One;
        return new DecodedFloat(FloatCategory.Normal, negative && sem.HasSignedRepr, sem.MaxExponent, significand);
    }

    private static DecodedFloat SmallestNormal(FloatSemantics sem) =>
        new(FloatCategory.Normal, false, sem.MinExponent, UInt128.One << (sem.Precision - 1));

    /// <summary>
    /// Converts a value between formats with round-to-nearest-even, like <c>APFloat::convert</c>.
    /// NaN becomes the target's default quiet NaN (payloads are not carried over).
    /// </summary>
    public static DecodedFloat Convert(in DecodedFloat value, FloatSemantics from, FloatSemantics to) => value.Category switch
    {
        FloatCategory.Zero => Zero(to, value.IsNegative),
        FloatCategory.Infinity => new DecodedFloat(FloatCategory.Infinity, value.IsNegative, to.MaxExponent + 1, 0),
        FloatCategory.NaN => new DecodedFloat(FloatCategory.NaN, value.IsNegative, to.MaxExponent + 1, 0),
        _ => Round(to, value.IsNegative, value.Significand, (long)value.Exponent - (from.Precision - 1)),
    };
}
