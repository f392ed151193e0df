using System.Numerics;

namespace Lce.IR.Numerics;

/// <summary>Result of comparing two floats (APFloat::cmpResult).</summary>
public enum FloatComparison { LessThan, Equal, GreaterThan, Unordered }

/// <summary>
/// A value of any supported float format, held as its exact bit pattern, with the operations
/// LLVM's APFloat gives constant folders (round-to-nearest-even arithmetic, comparisons,
/// conversions between formats and to/from integers). Results are bit-identical to APFloat,
/// including NaN payload propagation and quieting, and the format quirks handled by
/// <see cref="FloatRounding"/> (NaN-only and finite-only formats, f8E8M0FNU).
/// </summary>
public readonly partial struct ApFloat : IEquatable<ApFloat>
{
    public FloatSemantics Semantics { get; }
    public UInt128 Bits { get; }

    public ApFloat(FloatSemantics semantics, UInt128 bits)
    {
        Semantics = semantics;
        Bits = bits & semantics.BitMask;
    }

    public DecodedFloat Decoded => FloatEncoding.Decode(Bits, Semantics);
    public FloatCategory Category => Decoded.Category;
    public bool IsNaN => Category == FloatCategory.NaN;
    public bool IsInfinity => Category == FloatCategory.Infinity;
    public bool IsZero => Category == FloatCategory.Zero;
    public bool IsFiniteNonZero => Category == FloatCategory.Normal;
    public bool IsNegative => Decoded.IsNegative;

    /// <summary>Position of the quiet bit of IEEE-encoded NaNs (the top stored fraction bit).</summary>
    private int QuietBit => Semantics.Precision - 2;

    /// <summary>A NaN whose quiet bit is clear (only IEEE-encoded formats have these).</summary>
    public bool IsSignaling =>
        Semantics.NanEncoding == NanEncoding.Ieee && IsNaN && ((Bits >> QuietBit) & 1) == 0;

    /// <summary>A denormal: finite, non-zero, below the smallest normal magnitude.</summary>
    public bool IsDenormal
    {
        get
        {
            var d = Decoded;
            return d.Category == FloatCategory.Normal && Semantics.Precision > 1 &&
                   ((d.Significand >> (Semantics.Precision - 1)) & 1) == 0;
        }
    }

    /// <summary>The NaN with its quiet bit set (APFloat::makeQuiet); other values unchanged.</summary>
    public ApFloat MakeQuiet() =>
        IsSignaling ? new ApFloat(Semantics, Bits | (UInt128.One << QuietBit)) : this;

    /// <summary>
    /// The default quiet NaN APFloat produces for invalid operations (positive). Formats without
    /// NaN encode it as +0, the bits mlir-opt 22 prints (in hex) for such results.
    /// </summary>
    public static ApFloat DefaultNaN(FloatSemantics sem) => new(sem, sem.HasNaN ? FloatEncoding.NaNBits(sem, false) : 0);

    public static ApFloat Zero(FloatSemantics sem, bool negative = false) =>
        FromDecoded(sem, FloatRounding.Zero(sem, negative));

    public static ApFloat Infinity(FloatSemantics sem, bool negative) =>
        FromDecoded(sem, new DecodedFloat(FloatCategory.Infinity, negative, sem.MaxExponent + 1, 0));

    /// <summary>The largest finite value (APFloat::getLargest).</summary>
    public static ApFloat Largest(FloatSemantics sem, bool negative = false) =>
        FromDecoded(sem, FloatRounding.Largest(sem, negative));

    public static ApFloat FromDecoded(FloatSemantics sem, DecodedFloat value) => new(sem, FloatEncoding.Encode(value, sem));

    public static ApFloat FromDouble(FloatSemantics sem, double value) => new(sem, FloatBits.FromDouble(value, sem));

    public double ToDouble() => FloatBits.ToDouble(Bits, Semantics);

    /// <summary>Flips the sign (APFloat::changeSign); zero and NaN of "negative zero is NaN" formats keep theirs.</summary>
    public ApFloat Negate()
    {
        var sem = Semantics;
        if (!sem.HasSignedRepr) return this;
        if (sem.NanEncoding == NanEncoding.NegativeZero && (IsZero || IsNaN)) return this;
        return new ApFloat(sem, Bits ^ (UInt128.One << (sem.BitWidth - 1)));
    }

    /// <summary>The exact value of a finite non-zero float: magnitude * 2^exponent.</summary>
    internal (BigInteger Magnitude, long Exponent) Exact()
    {
        var d = Decoded;
        return ((BigInteger)d.Significand, (long)d.Exponent - (Semantics.Precision - 1));
    }

    /// <summary>
    /// Rounds <c>magnitude * 2^exponent</c> (plus a little more when <paramref name="sticky"/>)
    /// to nearest-even in <paramref name="sem"/>; the inexact flag is set if bits were lost.
    /// </summary>
    internal static ApFloat Round(FloatSemantics sem, bool negative, BigInteger magnitude, long exponent, bool sticky, out bool inexact)
    {
        int keep = sem.Precision + 3;
        long length = (long)magnitude.GetBitLength();
        if (length > keep)
        {
            int shift = (int)(length - keep);
            sticky |= !(magnitude & ((BigInteger.One << shift) - 1)).IsZero;
            magnitude >>= shift;
            exponent += shift;
        }
        Span<ulong> buffer = stackalloc ulong[6];
        var mantissa = new BigNat(buffer, (UInt128)magnitude);
        var rounded = FromDecoded(sem, FloatRounding.Round(sem, negative, ref mantissa, exponent, sticky));
        bool exact = !sticky && (magnitude.IsZero
            ? rounded.IsZero
            : rounded.IsFiniteNonZero && SameExactValue(rounded, magnitude, exponent));
        inexact = !exact;
        return rounded;
    }

    private static bool SameExactValue(ApFloat value, BigInteger magnitude, long exponent)
    {
        var (m, e) = value.Exact();
        return CompareMagnitudes(m, e, magnitude, exponent) == 0;
    }

    /// <summary>Compares m1*2^e1 with m2*2^e2 (non-negative magnitudes).</summary>
    internal static int CompareMagnitudes(BigInteger m1, long e1, BigInteger m2, long e2)
    {
        if (m1.IsZero || m2.IsZero) return m1.IsZero ? (m2.IsZero ? 0 : -1) : 1;
        long top1 = e1 + (long)m1.GetBitLength(), top2 = e2 + (long)m2.GetBitLength();
        if (top1 != top2) return top1 < top2 ? -1 : 1;
        long e = Math.Min(e1, e2);
        return (m1 << (int)(e1 - e)).CompareTo(m2 << (int)(e2 - e));
    }

    /// <summary>APFloat::compare.</summary>
    public FloatComparison Compare(ApFloat other)
    {
        if (IsNaN || other.IsNaN) return FloatComparison.Unordered;
        int c = SignedOrder(this).CompareTo(SignedOrder(other));
        if (c != 0) return c < 0 ? FloatComparison.LessThan : FloatComparison.GreaterThan;
        if (IsInfinity || IsZero) return FloatComparison.Equal;
        var (m1, e1) = Exact();
        var (m2, e2) = other.Exact();
        int mag = CompareMagnitudes(m1, e1, m2, e2);
        if (IsNegative) mag = -mag;
        return mag < 0 ? FloatComparison.LessThan : mag > 0 ? FloatComparison.GreaterThan : FloatComparison.Equal;
    }

    /// <summary>Coarse order: -inf, negative finite, zero, positive finite, +inf.</summary>
    private static int SignedOrder(ApFloat v) => v.Category switch
    {
        FloatCategory.Zero => 0,
        FloatCategory.Infinity => v.IsNegative ? -2 : 2,
        _ => v.IsNegative ? -1 : 1,
    };

    public bool LessThan(ApFloat other) => Compare(other) == FloatComparison.LessThan;
    public bool GreaterThan(ApFloat other) => Compare(other) == FloatComparison.GreaterThan;

    /// <summary>Bitwise identity (APFloat::bitwiseIsEqual).</summary>
    public bool Equals(ApFloat other) => ReferenceEquals(Semantics, other.Semantics) && Bits == other.Bits;
    public override bool Equals(object? obj) => obj is ApFloat o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(Semantics, Bits);
    public override string ToString() => $"{Semantics.Name} 0x{Bits:X}";

    /// <summary>Special values of ilogb (APFloat's IEK_*).</summary>
    public const int IlogbZero = int.MinValue + 1, IlogbNaN = int.MinValue, IlogbInf = int.MaxValue;

    /// <summary>The unbiased exponent of the leading bit (APFloat ilogb).</summary>
    public int Ilogb()
    {
        switch (Category)
        {
            case FloatCategory.NaN: return IlogbNaN;
            case FloatCategory.Infinity: return IlogbInf;
            case FloatCategory.Zero: return IlogbZero;
        }
        var (m, e) = Exact();
        return (int)(e + (long)m.GetBitLength() - 1);
    }

    /// <summary>Whether every value of <paramref name="a"/> is a value of <paramref name="b"/> (APFloatBase::isRepresentableBy).</summary>
    public static bool IsRepresentableBy(FloatSemantics a, FloatSemantics b) =>
        a.MaxExponent <= b.MaxExponent && a.MinExponent >= b.MinExponent && a.Precision <= b.Precision;
}
