namespace Lce.IR.Numerics;

/// <summary>
/// Conversion between a format's bit pattern (carried in a <see cref="UInt128"/>, low bits used) and its
/// <see cref="DecodedFloat"/> parts. Classification follows APFloat so that, e.g., f80 "unnormals" are NaN
/// and f8E4M3FN's all-ones pattern is its only NaN.
/// </summary>
public static class FloatEncoding
{
    public static DecodedFloat Decode(UInt128 bits, FloatSemantics sem)
    {
        bits &= sem.BitMask;
        if (sem.HasExplicitIntegerBit)
            return DecodeX87(bits, sem);

        int stored = sem.StoredSignificandBits;
        UInt128 mantissa = bits & ((UInt128.One << stored) - 1);
        int exponentField = (int)((bits >> stored) & (uint)((1 << sem.ExponentBits) - 1));
        bool negative = sem.HasSignedRepr && ((bits >> (sem.BitWidth - 1)) & 1) != 0;

        if (!sem.HasZero)
        {
            // f8E8M0FNU: every pattern but all-ones is a power of two; there are no denormals.
            if (exponentField == (1 << sem.ExponentBits) - 1)
                return new DecodedFloat(FloatCategory.NaN, false, sem.MaxExponent, UInt128.One);
            return new DecodedFloat(FloatCategory.Normal, false, exponentField - sem.ExponentBias, UInt128.One);
        }

        int unbiased = exponentField - sem.ExponentBias;
        bool zeroMantissa = mantissa == 0;
        bool isZeroPattern = exponentField == 0 && zeroMantissa;

        if (sem.HasInfinity && unbiased == sem.MaxExponent + 1 && zeroMantissa)
            return new DecodedFloat(FloatCategory.Infinity, negative, sem.MaxExponent + 1, 0);

        bool isNaN = sem.NanEncoding switch
        {
            NanEncoding.Ieee => sem.HasNaN && unbiased == sem.MaxExponent + 1 && !zeroMantissa,
            NanEncoding.AllOnes => unbiased == sem.MaxExponent && mantissa == (UInt128.One << stored) - 1,
            _ => isZeroPattern && negative,
        };
        if (isNaN)
            return new DecodedFloat(FloatCategory.NaN, negative, sem.MaxExponent + 1, mantissa);

        if (isZeroPattern)
            return new DecodedFloat(FloatCategory.Zero, negative, sem.MinExponent - 1, 0);

        if (exponentField == 0)
            return new DecodedFloat(FloatCategory.Normal, negative, sem.MinExponent, mantissa);
        return new DecodedFloat(FloatCategory.Normal, negative, unbiased, mantissa | (UInt128.One << stored));
    }

    private static DecodedFloat DecodeX87(UInt128 bits, FloatSemantics sem)
    {
        ulong mantissa = (ulong)bits;
        int exponentField = (int)((bits >> 64) & 0x7FFF);
        bool negative = ((bits >> 79) & 1) != 0;
        bool integerBit = (mantissa >> 63) != 0;

        if (exponentField == 0 && mantissa == 0)
            return new DecodedFloat(FloatCategory.Zero, negative, sem.MinExponent - 1, 0);
        if (exponentField == 0x7FFF && mantissa == 1UL << 63)
            return new DecodedFloat(FloatCategory.Infinity, negative, sem.MaxExponent + 1, 0);
        // Pseudo-NaN, pseudo-infinity and unnormals are all treated as NaN, as APFloat does.
        if (exponentField == 0x7FFF || (exponentField != 0 && !integerBit))
            return new DecodedFloat(FloatCategory.NaN, negative, sem.MaxExponent + 1, mantissa);
        // Exponent field 0 covers denormals and pseudo-denormals (integer bit set): both use emin.
        int exponent = exponentField == 0 ? sem.MinExponent : exponentField - sem.ExponentBias;
        return new DecodedFloat(FloatCategory.Normal, negative, exponent, mantissa);
    }

    /// <summary>
    /// Encodes parts back into bits. Infinity in a format without one yields the sign bit alone, which is
    /// what mlir-opt 22 emits for e.g. <c>1.0e400 : f4E2M1FN</c> (LLVM treats that case as unreachable).
    /// </summary>
    public static UInt128 Encode(in DecodedFloat value, FloatSemantics sem)
    {
        UInt128 signBit = value.IsNegative && sem.HasSignedRepr ? UInt128.One << (sem.BitWidth - 1) : 0;
        int stored = sem.StoredSignificandBits;
        UInt128 storedMask = (UInt128.One << stored) - 1;
        int allOnesExponent = (1 << sem.ExponentBits) - 1;

        switch (value.Category)
        {
            case FloatCategory.Zero:
                if (!sem.HasZero)
                    throw new ArgumentException($"{sem.Name} has no zero.");
                return sem.NanEncoding == NanEncoding.NegativeZero ? 0 : signBit;

            case FloatCategory.Infinity:
                if (!sem.HasInfinity)
                    return sem.HasNaN ? NaNBits(sem, value.IsNegative) : signBit;
                return signBit | ((UInt128)(uint)allOnesExponent << stored) |
                       (sem.HasExplicitIntegerBit ? UInt128.One << 63 : 0);

            case FloatCategory.NaN:
                if (!sem.HasNaN)
                    throw new ArgumentException($"{sem.Name} has no NaN.");
                if (sem.NanEncoding != NanEncoding.Ieee)
                    return NaNBits(sem, value.IsNegative);
                UInt128 payload = value.Significand & storedMask;
                return signBit | ((UInt128)(uint)allOnesExponent << stored) | (payload == 0 ? UInt128.One : payload);

            default:
                bool hasIntegerBit = sem.Precision == 1 || ((value.Significand >> (sem.Precision - 1)) & 1) != 0;
                int field = value.Exponent + sem.ExponentBias;
                if (!hasIntegerBit && sem.Precision > 1)
                    field = 0; // denormal
                UInt128 mantissa = sem.HasExplicitIntegerBit ? value.Significand : value.Significand & storedMask;
                return signBit | ((UInt128)(uint)field << stored) | mantissa;
        }
    }

    /// <summary>The NaN pattern APFloat produces when a value overflows a NaN-only format.</summary>
    internal static UInt128 NaNBits(FloatSemantics sem, bool negative)
    {
        if (sem.NanEncoding == NanEncoding.NegativeZero)
            return UInt128.One << (sem.BitWidth - 1);
        UInt128 signBit = negative && sem.HasSignedRepr ? UInt128.One << (sem.BitWidth - 1) : 0;
        if (sem.NanEncoding == NanEncoding.AllOnes)
            return signBit | (sem.BitMask >> 1) | (sem.HasSignedRepr ? 0 : sem.BitMask);
        // IEEE quiet NaN: all-ones exponent, top stored significand bit set (plus integer bit on x87).
        int stored = sem.StoredSignificandBits;
        UInt128 quiet = UInt128.One << (sem.Precision - 2);
        if (sem.HasExplicitIntegerBit)
            quiet |= UInt128.One << 63;
        return signBit | ((UInt128)(uint)((1 << sem.ExponentBits) - 1) << stored) | quiet;
    }
}
