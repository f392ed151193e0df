namespace Lce.IR.Numerics;

/// <summary>How a format represents values that are not finite.</summary>
public enum NonFiniteBehavior
{
    /// <summary>IEEE 754: all-ones exponent is infinity (zero significand) or NaN.</summary>
    Ieee754,

    /// <summary>No infinity; overflow produces NaN ("FN" / "FNUZ" / "FNU" kinds).</summary>
    NanOnly,

    /// <summary>Neither infinity nor NaN; overflow saturates (f4/f6 "FN" kinds).</summary>
    FiniteOnly,
}

/// <summary>Which bit patterns are NaN.</summary>
public enum NanEncoding
{
    /// <summary>All-ones exponent with a non-zero significand.</summary>
    Ieee,

    /// <summary>Only all-ones exponent and all-ones significand (e.g. f8E4M3FN, f8E8M0FNU).</summary>
    AllOnes,

    /// <summary>The negative-zero pattern (sign bit only) is the single NaN ("UZ" = unsigned zero).</summary>
    NegativeZero,
}

/// <summary>
/// A binary floating-point format, with the same parameters LLVM's <c>fltSemantics</c> uses so that
/// rounding, overflow and printing decisions come out identical to APFloat's.
/// </summary>
public sealed class FloatSemantics
{
    private FloatSemantics(
        string name, int bitWidth, int precision, int maxExponent, int minExponent,
        NonFiniteBehavior nonFinite = NonFiniteBehavior.Ieee754, NanEncoding nanEncoding = NanEncoding.Ieee,
        bool hasZero = true, bool hasSignedRepr = true, bool hasExplicitIntegerBit = false)
    {
        Name = name;
        BitWidth = bitWidth;
        Precision = precision;
        MaxExponent = maxExponent;
        MinExponent = minExponent;
        NonFiniteBehavior = nonFinite;
        NanEncoding = nanEncoding;
        HasZero = hasZero;
        HasSignedRepr = hasSignedRepr;
        HasExplicitIntegerBit = hasExplicitIntegerBit;
        StoredSignificandBits = hasExplicitIntegerBit ? precision : precision - 1;
        ExponentBits = bitWidth - StoredSignificandBits - (hasSignedRepr ? 1 : 0);
        // f8E8M0FNU has no denormals, so its all-zero exponent already means 2^minExponent.
        ExponentBias = precision == 1 ? -minExponent : 1 - minExponent;
    }

    /// <summary>The type name as MLIR spells it (<c>f16</c>, <c>bf16</c>, <c>f8E4M3FN</c>, ...).</summary>
    public string Name { get; }

    /// <summary>Total encoding width in bits.</summary>
    public int BitWidth { get; }

    /// <summary>Significand bits including the integer bit (53 for f64).</summary>
    public int Precision { get; }

    /// <summary>Largest E such that 2^E is representable (IEEE emax).</summary>
    public int MaxExponent { get; }

    /// <summary>Smallest E such that 2^E is normal (IEEE emin); denormals share this exponent.</summary>
    public int MinExponent { get; }

    public NonFiniteBehavior NonFiniteBehavior { get; }

    public NanEncoding NanEncoding { get; }

    /// <summary>False only for f8E8M0FNU, whose all-zero pattern is 2^-127.</summary>
    public bool HasZero { get; }

    /// <summary>False only for f8E8M0FNU, which has no sign bit.</summary>
    public bool HasSignedRepr { get; }

    /// <summary>True for x87 f80, which stores the integer bit.</summary>
    public bool HasExplicitIntegerBit { get; }

    /// <summary>Significand bits present in the encoding (precision - 1, or precision for f80).</summary>
    public int StoredSignificandBits { get; }

    public int ExponentBits { get; }

    /// <summary>Value added to the unbiased exponent to form the exponent field.</summary>
    public int ExponentBias { get; }

    public bool HasInfinity => NonFiniteBehavior == NonFiniteBehavior.Ieee754;

    public bool HasNaN => NonFiniteBehavior != NonFiniteBehavior.FiniteOnly;

    /// <summary>Mask selecting the <see cref="BitWidth"/> low bits.</summary>
    public UInt128 BitMask => BitWidth == 128 ? UInt128.MaxValue : (UInt128.One << BitWidth) - 1;

    public override string ToString() => Name;

    public static readonly FloatSemantics Half = new("f16", 16, 11, 15, -14);
    public static readonly FloatSemantics BFloat16 = new("bf16", 16, 8, 127, -126);
    public static readonly FloatSemantics Single = new("f32", 32, 24, 127, -126);
    public static readonly FloatSemantics Double = new("f64", 64, 53, 1023, -1022);
    public static readonly FloatSemantics X87Extended = new("f80", 80, 64, 16383, -16382, hasExplicitIntegerBit: true);
    public static readonly FloatSemantics Quad = new("f128", 128, 113, 16383, -16382);
    public static readonly FloatSemantics TF32 = new("tf32", 19, 11, 127, -126);

    public static readonly FloatSemantics Float8E5M2 = new("f8E5M2", 8, 3, 15, -14);
    public static readonly FloatSemantics Float8E5M2FNUZ =
        new("f8E5M2FNUZ", 8, 3, 15, -15, NonFiniteBehavior.NanOnly, NanEncoding.NegativeZero);
    public static readonly FloatSemantics Float8E4M3 = new("f8E4M3", 8, 4, 7, -6);
    public static readonly FloatSemantics Float8E4M3FN =
        new("f8E4M3FN", 8, 4, 8, -6, NonFiniteBehavior.NanOnly, NanEncoding.AllOnes);
    public static readonly FloatSemantics Float8E4M3FNUZ =
        new("f8E4M3FNUZ", 8, 4, 7, -7, NonFiniteBehavior.NanOnly, NanEncoding.NegativeZero);
    public static readonly FloatSemantics Float8E4M3B11FNUZ =
        new("f8E4M3B11FNUZ", 8, 4, 4, -10, NonFiniteBehavior.NanOnly, NanEncoding.NegativeZero);
    public static readonly FloatSemantics Float8E3M4 = new("f8E3M4", 8, 5, 3, -2);
    public static readonly FloatSemantics Float8E8M0FNU =
        new("f8E8M0FNU", 8, 1, 127, -127, NonFiniteBehavior.NanOnly, NanEncoding.AllOnes,
            hasZero: false, hasSignedRepr: false);
    public static readonly FloatSemantics Float6E3M2FN = new("f6E3M2FN", 6, 3, 4, -2, NonFiniteBehavior.FiniteOnly);
    public static readonly FloatSemantics Float6E2M3FN = new("f6E2M3FN", 6, 4, 2, 0, NonFiniteBehavior.FiniteOnly);
    public static readonly FloatSemantics Float4E2M1FN = new("f4E2M1FN", 4, 2, 2, 0, NonFiniteBehavior.FiniteOnly);

    /// <summary>Every supported format, in the order MLIR's builtin float types are usually listed.</summary>
    public static IReadOnlyList<FloatSemantics> All { get; } =
    [
        Half, BFloat16, Single, Double, X87Extended, Quad, TF32,
        Float8E5M2, Float8E5M2FNUZ, Float8E4M3, Float8E4M3FN, Float8E4M3FNUZ, Float8E4M3B11FNUZ,
        Float8E3M4, Float8E8M0FNU, Float6E3M2FN, Float6E2M3FN, Float4E2M1FN,
    ];

    /// <summary>Looks a format up by its MLIR type name; null if unknown.</summary>
    public static FloatSemantics? FromName(string name)
    {
        foreach (var sem in All)
        {
            if (sem.Name == name)
                return sem;
        }
        return null;
    }
}
