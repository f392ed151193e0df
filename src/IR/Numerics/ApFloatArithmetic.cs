using System.Numerics;

namespace Lce.IR.Numerics;

/// <summary>
/// APFloat arithmetic with round-to-nearest-even. The result of an operation on a NaN is that
/// NaN quieted (the left one when both are NaN, keeping its sign and payload); invalid operations
/// (inf - inf, 0 * inf, 0 / 0, x rem 0) give the positive default NaN.
/// </summary>
public readonly partial struct ApFloat
{
    private static ApFloat? PropagateNaN(ApFloat a, ApFloat b) =>
        a.IsNaN ? a.MakeQuiet() : b.IsNaN ? b.MakeQuiet() : null;

    public ApFloat Add(ApFloat rhs) => AddOrSubtract(rhs, subtract: false);
    public ApFloat Subtract(ApFloat rhs) => AddOrSubtract(rhs, subtract: true);

    private ApFloat AddOrSubtract(ApFloat b, bool subtract)
    {
        if (PropagateNaN(this, b) is { } nan) return nan;
        var sem = Semantics;
        bool negA = IsNegative, negB = b.IsNegative ^ subtract;
        if (IsInfinity)
            return b.IsInfinity && negA != negB ? DefaultNaN(sem) : this;
        if (b.IsInfinity) return Infinity(sem, negB);
        if (IsZero && b.IsZero) return Zero(sem, negA == negB && negA);
        if (IsZero) return subtract ? b.Negate() : b;
        if (b.IsZero) return this;

        var (ma, ea) = Exact();
        var (mb, eb) = b.Exact();
        long e = Math.Min(ea, eb);
        var sa = (negA ? -ma : ma) << (int)(ea - e);
        var sb = (negB ? -mb : mb) << (int)(eb - e);
        var sum = sa + sb;
        // An exact cancellation is +0 under round-to-nearest.
        if (sum.IsZero) return Zero(sem);
        return Round(sem, sum.Sign < 0, BigInteger.Abs(sum), e, false, out _);
    }

    public ApFloat Multiply(ApFloat b)
    {
        if (PropagateNaN(this, b) is { } nan) return nan;
        var sem = Semantics;
        bool negative = IsNegative ^ b.IsNegative;
        if ((IsInfinity && b.IsZero) || (IsZero && b.IsInfinity)) return DefaultNaN(sem);
        if (IsInfinity || b.IsInfinity) return Infinity(sem, negative);
        if (IsZero || b.IsZero) return Zero(sem, negative);
        var (ma, ea) = Exact();
        var (mb, eb) = b.Exact();
        return Round(sem, negative, ma * mb, ea + eb, false, out _);
    }

    public ApFloat Divide(ApFloat b)
    {
        if (PropagateNaN(this, b) is { } nan) return nan;
        var sem = Semantics;
        bool negative = IsNegative ^ b.IsNegative;
        if ((IsInfinity && b.IsInfinity) || (IsZero && b.IsZero)) return DefaultNaN(sem);
        if (IsInfinity) return Infinity(sem, negative);
        if (IsZero || b.IsInfinity) return Zero(sem, negative);
        if (b.IsZero) return Infinity(sem, negative);

        var (ma, ea) = Exact();
        var (mb, eb) = b.Exact();
        // Scale the dividend so the quotient carries the precision plus guard bits.
        int scale = Math.Max(0, sem.Precision + 3 + (int)mb.GetBitLength() - (int)ma.GetBitLength() + 1);
        var quotient = BigInteger.DivRem(ma << scale, mb, out var remainder);
        return Round(sem, negative, quotient, ea - eb - scale, !remainder.IsZero, out _);
    }

    /// <summary>APFloat::mod: the exact remainder of truncating division, with the dividend's sign.</summary>
    public ApFloat Mod(ApFloat b)
    {
        if (PropagateNaN(this, b) is { } nan) return nan;
        var sem = Semantics;
        if ((IsZero && !b.IsZero) || (IsFiniteNonZero && b.IsInfinity)) return this;
        if (!IsFiniteNonZero || !b.IsFiniteNonZero) return DefaultNaN(sem);
        var (ma, ea) = Exact();
        var (mb, eb) = b.Exact();
        long e = Math.Min(ea, eb);
        var rem = BigInteger.Remainder(ma << (int)(ea - e), mb << (int)(eb - e));
        if (rem.IsZero) return Zero(sem, IsNegative);
        return Round(sem, IsNegative, rem, e, false, out _);
    }

    /// <summary>llvm::maximum: NaN-propagating, -0 &lt; +0.</summary>
    public static ApFloat Maximum(ApFloat a, ApFloat b)
    {
        if (a.IsNaN) return a.MakeQuiet();
        if (b.IsNaN) return b.MakeQuiet();
        if (a.IsZero && b.IsZero && a.IsNegative != b.IsNegative) return a.IsNegative ? b : a;
        return a.LessThan(b) ? b : a;
    }

    /// <summary>llvm::minimum: NaN-propagating, -0 &lt; +0.</summary>
    public static ApFloat Minimum(ApFloat a, ApFloat b)
    {
        if (a.IsNaN) return a.MakeQuiet();
        if (b.IsNaN) return b.MakeQuiet();
        if (a.IsZero && b.IsZero && a.IsNegative != b.IsNegative) return a.IsNegative ? a : b;
        return b.LessThan(a) ? b : a;
    }

    /// <summary>llvm::maxnum: a quiet NaN loses to a number, a signaling NaN is returned quieted.</summary>
    public static ApFloat MaxNum(ApFloat a, ApFloat b)
    {
        if (a.IsSignaling) return a.MakeQuiet();
        if (b.IsSignaling) return b.MakeQuiet();
        if (a.IsNaN) return b;
        if (b.IsNaN) return a;
        if (a.IsZero && b.IsZero && a.IsNegative != b.IsNegative) return a.IsNegative ? b : a;
        return a.LessThan(b) ? b : a;
    }

    /// <summary>llvm::minnum: a quiet NaN loses to a number, a signaling NaN is returned quieted.</summary>
    public static ApFloat MinNum(ApFloat a, ApFloat b)
    {
        if (a.IsSignaling) return a.MakeQuiet();
        if (b.IsSignaling) return b.MakeQuiet();
        if (a.IsNaN) return b;
        if (b.IsNaN) return a;
        if (a.IsZero && b.IsZero && a.IsNegative != b.IsNegative) return a.IsNegative ? a : b;
        return b.LessThan(a) ? b : a;
    }

    /// <summary>
    /// APFloat::convert to <paramref name="target"/>; true when the status is opOK and no
    /// information was lost (what MLIR's extf/truncf folders require).
    /// </summary>
    public bool TryConvertExactly(FloatSemantics target, out ApFloat result)
    {
        result = default;
        if (ReferenceEquals(target, Semantics)) { result = this; return true; }
        switch (Category)
        {
            case FloatCategory.NaN:
                return TryConvertNaN(target, out result);
            case FloatCategory.Infinity:
                if (!target.HasInfinity) return false;
                result = Infinity(target, IsNegative);
                return true;
            case FloatCategory.Zero:
                if (!target.HasZero || (target.NanEncoding == NanEncoding.NegativeZero && IsNegative)) return false;
                result = Zero(target, IsNegative);
                return true;
        }
        var (m, e) = Exact();
        result = Round(target, IsNegative, m, e, false, out bool inexact);
        return !inexact;
    }

    /// <summary>
    /// A NaN keeps its sign and its fraction bits (the payload, quiet bit included), aligned at the
    /// top of the target's fraction; dropping set bits loses information. Targets whose NaN is a
    /// single fixed pattern do not fold (mlir-opt leaves such truncf alone).
    /// </summary>
    private bool TryConvertNaN(FloatSemantics target, out ApFloat result)
    {
        result = default;
        var source = Semantics;
        if (!target.HasNaN || target.NanEncoding != NanEncoding.Ieee || IsSignaling) return false;
        int fromBits = source.Precision - 1, toBits = target.Precision - 1;
        UInt128 payload = Bits & ((UInt128.One << fromBits) - 1);
        if (source.NanEncoding != NanEncoding.Ieee && payload == 0)
        {
            result = new ApFloat(target, FloatEncoding.NaNBits(target, IsNegative));
            return true;
        }
        if (toBits < fromBits)
        {
            int shift = fromBits - toBits;
            if ((payload & ((UInt128.One << shift) - 1)) != 0) return false;
            payload >>= shift;
        }
        else payload <<= toBits - fromBits;
        if (target.HasExplicitIntegerBit) payload |= UInt128.One << toBits;
        UInt128 sign = IsNegative ? UInt128.One << (target.BitWidth - 1) : 0;
        UInt128 exponent = ((UInt128.One << target.ExponentBits) - 1) << target.StoredSignificandBits;
        result = new ApFloat(target, sign | exponent | payload);
        return true;
    }

    /// <summary>APFloat::convertFromAPInt with round-to-nearest-even.</summary>
    public static ApFloat FromInteger(FloatSemantics sem, ApInt value, bool isSigned)
    {
        bool negative = isSigned && value.IsNegative;
        var magnitude = negative ? -value.Signed : value.Bits;
        return Round(sem, negative, magnitude, 0, false, out _);
    }

    /// <summary>
    /// APFloat::convertToInteger rounding toward zero; null when the status would be
    /// opInvalidOp (NaN, infinity, or a truncated value outside the integer type).
    /// </summary>
    public ApInt? ToInteger(int width, bool isSigned)
    {
        if (IsNaN || IsInfinity) return null;
        if (IsZero) return ApInt.Zero(width);
        var (m, e) = Exact();
        var truncated = e >= 0 ? m << (int)e : m >> (int)-e;
        if (width == 0 || (isSigned && width == 1 && !IsNegative))
            return truncated.IsZero ? ApInt.Zero(width) : null;
        var limit = BigInteger.One << (isSigned ? width - 1 : width);
        if (IsNegative)
        {
            if (!isSigned) return truncated.IsZero ? ApInt.Zero(width) : null;
            if (truncated > limit) return null;
            return new ApInt(width, -truncated);
        }
        if (truncated >= limit) return null;
        return new ApInt(width, truncated);
    }
}
