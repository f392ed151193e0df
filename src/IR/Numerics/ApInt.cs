using System.Numerics;

namespace Lce.IR.Numerics;

/// <summary>
/// A fixed-width two's-complement integer with the operations LLVM's APInt offers to constant
/// folders: wrapping arithmetic, signed/unsigned division and remainder, shifts whose amount may
/// reach or exceed the width, overflow-reporting variants, extensions and truncation. The bits
/// are kept as a non-negative <see cref="BigInteger"/> below 2^Width, so every width (i1, i65,
/// i1024, ...) behaves alike.
/// </summary>
public readonly struct ApInt : IEquatable<ApInt>
{
    public int Width { get; }

    /// <summary>The value read as unsigned, in [0, 2^Width).</summary>
    public BigInteger Bits { get; }

    public ApInt(int width, BigInteger value)
    {
        Width = width;
        Bits = value & Mask(width);
    }

    private static BigInteger Mask(int width) => (BigInteger.One << width) - 1;

    public static ApInt Zero(int width) => new(width, BigInteger.Zero);
    public static ApInt One(int width) => new(width, BigInteger.One);
    public static ApInt AllOnes(int width) => new(width, Mask(width));
    public static ApInt SignedMax(int width) => width == 0 ? Zero(0) : new(width, Mask(width - 1));
    public static ApInt SignedMin(int width) => width == 0 ? Zero(0) : new(width, BigInteger.One << (width - 1));

    /// <summary>The value read as signed.</summary>
    public BigInteger Signed => IsNegative ? Bits - (BigInteger.One << Width) : Bits;

    public bool IsNegative => Width > 0 && !(Bits >> (Width - 1)).IsZero;
    public bool IsZero => Bits.IsZero;
    public bool IsOne => Bits.IsOne;
    public bool IsAllOnes => Bits == Mask(Width);
    public bool IsMaxSigned => Bits == SignedMax(Width).Bits;
    public bool IsMinSigned => Bits == SignedMin(Width).Bits;
    public bool IsMaxUnsigned => IsAllOnes;
    public bool IsMinUnsigned => IsZero;
    public bool IsStrictlyPositive => !IsNegative && !IsZero;

    /// <summary>Number of bits needed for the unsigned value (0 for zero).</summary>
    public int ActiveBits => Bits.IsZero ? 0 : (int)Bits.GetBitLength();

    private ApInt With(BigInteger v) => new(Width, v);

    public ApInt Add(ApInt o) => With(Bits + o.Bits);
    public ApInt Sub(ApInt o) => With(Bits - o.Bits);
    public ApInt Mul(ApInt o) => With(Bits * o.Bits);
    public ApInt And(ApInt o) => With(Bits & o.Bits);
    public ApInt Or(ApInt o) => With(Bits | o.Bits);
    public ApInt Xor(ApInt o) => With(Bits ^ o.Bits);
    public ApInt Negate() => With(-Bits);

    /// <summary>Unsigned division; the divisor must not be zero.</summary>
    public ApInt UDiv(ApInt o) => With(BigInteger.Divide(Bits, o.Bits));
    public ApInt URem(ApInt o) => With(BigInteger.Remainder(Bits, o.Bits));

    /// <summary>Signed division rounding toward zero (MIN / -1 wraps to MIN).</summary>
    public ApInt SDiv(ApInt o) => With(BigInteger.Divide(Signed, o.Signed));

    /// <summary>Signed remainder with the sign of the dividend.</summary>
    public ApInt SRem(ApInt o) => With(BigInteger.Remainder(Signed, o.Signed));

    /// <summary>APInt::sdiv_ov: assigns <paramref name="overflow"/> for MIN / -1.</summary>
    public ApInt SDivOv(ApInt o, out bool overflow)
    {
        overflow = IsMinSigned && o.IsAllOnes;
        return SDiv(o);
    }

    /// <summary>APInt::sadd_ov: assigns whether the signed sum wrapped.</summary>
    public ApInt SAddOv(ApInt o, out bool overflow)
    {
        var r = Add(o);
        overflow = IsNegative == o.IsNegative && r.IsNegative != IsNegative;
        return r;
    }

    /// <summary>APInt::ssub_ov: assigns whether the signed difference wrapped.</summary>
    public ApInt SSubOv(ApInt o, out bool overflow)
    {
        var r = Sub(o);
        overflow = IsNegative != o.IsNegative && r.IsNegative != IsNegative;
        return r;
    }

    /// <summary>APInt::uadd_ov: assigns whether the unsigned sum wrapped.</summary>
    public ApInt UAddOv(ApInt o, out bool overflow)
    {
        var r = Add(o);
        overflow = r.Bits < o.Bits;
        return r;
    }

    /// <summary>APInt::sfloordiv_ov: signed division rounding toward negative infinity.</summary>
    public ApInt SFloorDivOv(ApInt o, out bool overflow)
    {
        var q = SDivOv(o, out overflow);
        if (!q.Mul(o).Equals(this) && IsNegative != o.IsNegative) return q.Sub(One(Width));
        return q;
    }

    private int ShiftAmount(ApInt amount) => amount.Bits >= Width ? Width : (int)amount.Bits;

    /// <summary>Left shift; an amount of at least the width gives zero.</summary>
    public ApInt Shl(ApInt amount) => With(Bits << ShiftAmount(amount));

    /// <summary>Logical right shift; an amount of at least the width gives zero.</summary>
    public ApInt LShr(ApInt amount) => With(Bits >> ShiftAmount(amount));

    /// <summary>Arithmetic right shift; an amount of at least the width gives the sign bits.</summary>
    public ApInt AShr(ApInt amount) => With(Signed >> ShiftAmount(amount));

    public bool Ult(ApInt o) => Bits < o.Bits;
    public bool Ule(ApInt o) => Bits <= o.Bits;
    public bool Ugt(ApInt o) => Bits > o.Bits;
    public bool Uge(ApInt o) => Bits >= o.Bits;
    public bool Slt(ApInt o) => Signed < o.Signed;
    public bool Sle(ApInt o) => Signed <= o.Signed;
    public bool Sgt(ApInt o) => Signed > o.Signed;
    public bool Sge(ApInt o) => Signed >= o.Signed;

    public static ApInt SMax(ApInt a, ApInt b) => a.Sgt(b) ? a : b;
    public static ApInt SMin(ApInt a, ApInt b) => a.Slt(b) ? a : b;
    public static ApInt UMax(ApInt a, ApInt b) => a.Ugt(b) ? a : b;
    public static ApInt UMin(ApInt a, ApInt b) => a.Ult(b) ? a : b;

    /// <summary>High half of the signed double-width product (APIntOps::mulhs).</summary>
    public static ApInt MulHS(ApInt a, ApInt b) => new(a.Width, (a.Signed * b.Signed) >> a.Width);

    /// <summary>High half of the unsigned double-width product (APIntOps::mulhu).</summary>
    public static ApInt MulHU(ApInt a, ApInt b) => new(a.Width, (a.Bits * b.Bits) >> a.Width);

    public ApInt ZExt(int width) => new(width, Bits);
    public ApInt SExt(int width) => new(width, Signed);
    public ApInt Trunc(int width) => new(width, Bits);
    public ApInt SExtOrTrunc(int width) => width > Width ? SExt(width) : Trunc(width);
    public ApInt ZExtOrTrunc(int width) => width > Width ? ZExt(width) : Trunc(width);

    public bool Equals(ApInt other) => Width == other.Width && Bits == other.Bits;
    public override bool Equals(object? obj) => obj is ApInt o && Equals(o);
    public override int GetHashCode() => HashCode.Combine(Width, Bits);
    public override string ToString() => $"i{Width} {Signed}";
}
