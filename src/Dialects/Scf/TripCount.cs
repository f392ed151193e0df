namespace Lce.Dialects.Scf;

using System.Numerics;
using Lce.IR;

/// <summary>
/// The static trip count of an `scf.for` (MLIR's constantTripCount with scf's
/// computeUbMinusLb): a count in the bounds' bit width, or null when it is not known.
/// Arithmetic follows APInt/APSInt: bounds compare with the loop's signedness, the
/// difference wraps (a signed loop whose difference overflows runs zero times), and the
/// division is unsigned.
/// </summary>
internal static class TripCount
{
    public static BigInteger? Of(Operation forOp)
    {
        bool isSigned = forOp.GetProp("unsignedCmp") is null;
        return Compute(forOp.GetOperand(0), forOp.GetOperand(1), forOp.GetOperand(2), isSigned);
    }

    private static BigInteger? Compute(Value lb, Value ub, Value step, bool isSigned)
    {
        var type = lb.Type;
        if (ReferenceEquals(lb, ub)) return BigInteger.Zero;

        var stepCst = ConstantMatch.Int(step);
        if (stepCst is { } s)
        {
            if (s.Value.IsZero) return BigInteger.Zero;
            if (ConstantMatch.Signed(s.Value, type) < 0) return BigInteger.Zero;
        }

        BigInteger diff;
        var lbCst = ConstantMatch.Int(lb);
        var ubCst = ConstantMatch.Int(ub);
        if (lbCst is { } l)
        {
            if (ubCst is not { } u) return null;
            var (lv, uv) = isSigned
                ? (ConstantMatch.Signed(l.Value, type), ConstantMatch.Signed(u.Value, type))
                : (ConstantMatch.UnsignedBits(l.Value, type), ConstantMatch.UnsignedBits(u.Value, type));
            if (uv <= lv) return BigInteger.Zero;
            // APSInt subtraction wraps in the bit width; the result keeps the loop's signedness.
            var wrapped = ConstantMatch.UnsignedBits(uv - lv, type);
            diff = isSigned ? ConstantMatch.Signed(wrapped, type) : wrapped;
        }
        else
        {
            if (ubCst is not null) return null;
            if (UbMinusLb(lb, ub, isSigned) is not { } d) return null;
            diff = d;
        }
        if (diff < 0) return BigInteger.Zero;
        if (stepCst is not { } st) return null;

        // The difference and the step are non-negative here; the division is unsigned
        // (mlir-opt 22 does not treat an unsigned difference with the sign bit set as negative).
        var ud = ConstantMatch.UnsignedBits(diff, type);
        var us = ConstantMatch.UnsignedBits(st.Value, type);
        var q = BigInteger.Divide(ud, us);
        if (!BigInteger.Remainder(ud, us).IsZero) q += 1;
        return ConstantMatch.UnsignedBits(q, type);
    }

    /// <summary>
    /// scf::computeUbMinusLb: `ub = arith.addi lb, C` with the no-wrap flag of the loop's
    /// signedness gives `C` (read as a signed constant).
    /// </summary>
    private static BigInteger? UbMinusLb(Value lb, Value ub, bool isSigned)
    {
        if (ub.DefiningOp is not { Name: "arith.addi" } add) return null;
        var flags = (add.GetProp("overflowFlags") as Arith.IntegerOverflowFlagsAttr)?.Flags ?? Arith.IntegerOverflowFlags.None;
        if (!flags.HasFlag(isSigned ? Arith.IntegerOverflowFlags.Nsw : Arith.IntegerOverflowFlags.Nuw)) return null;
        if (!ReferenceEquals(add.GetOperand(0), lb)) return null;
        return ConstantMatch.Int(add.GetOperand(1)) is { } c ? ConstantMatch.Signed(c.Value, c.Type) : null;
    }
}
