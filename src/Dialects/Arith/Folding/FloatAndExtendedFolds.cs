namespace Lce.Dialects.Arith.Folding;

using Lce.IR;
using Lce.IR.Numerics;
using static ConstantMatchers;
using static IntegerFolds;

/// <summary>
/// Fold hooks of the float arithmetic ops (identities such as addf x, -0.0 and mulf x, 1.0;
/// mulf x, 0 only under nnan+nsz) and of the two-result extended integer ops.
/// </summary>
internal static class FloatAndExtendedFolds
{
    private static readonly FloatCodec Flt = FloatCodec.Instance;
    private static readonly IntCodec Int = IntCodec.Instance;

    private static IRAttribute? Binary(Operation op, IReadOnlyList<IRAttribute?> c, Func<ApFloat, ApFloat, ApFloat?> calc) =>
        ConstFold.Binary(op.Context, c, Flt, calc);

    public static IReadOnlyList<object>? NegF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (Def(op.GetOperand(0), "arith.negf") is { } inner) return One(inner.GetOperand(0));
        return One(ConstFold.Unary(op.Context, c, Flt, a => a.Negate()));
    }

    public static IReadOnlyList<object>? AddF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsNegZeroFloat(c[1])) return One(op.GetOperand(0));
        return One(Binary(op, c, (a, b) => a.Add(b)));
    }

    public static IReadOnlyList<object>? SubF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsPosZeroFloat(c[1])) return One(op.GetOperand(0));
        return One(Binary(op, c, (a, b) => a.Subtract(b)));
    }

    public static IReadOnlyList<object>? MulF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOneFloat(c[1])) return One(op.GetOperand(0));
        var fmf = (op.GetProp("fastmath") as FastMathFlagsAttr)?.Flags ?? FastMathFlags.None;
        if ((fmf & (FastMathFlags.NNaN | FastMathFlags.Nsz)) == (FastMathFlags.NNaN | FastMathFlags.Nsz) && IsAnyZeroFloat(c[1]))
            return One(op.GetOperand(1));
        return One(Binary(op, c, (a, b) => a.Multiply(b)));
    }

    public static IReadOnlyList<object>? DivF(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsOneFloat(c[1])) return One(op.GetOperand(0));
        return One(Binary(op, c, (a, b) => a.Divide(b)));
    }

    public static IReadOnlyList<object>? RemF(Operation op, IReadOnlyList<IRAttribute?> c) =>
        One(Binary(op, c, (a, b) => a.Mod(b)));

    /// <summary>max/min float folds: x op x, the neutral constant on the right, constants.</summary>
    public static Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> MinMax(
        Func<IRAttribute?, bool> neutral, Func<ApFloat, ApFloat, ApFloat> pick) => (op, c) =>
    {
        if (op.GetOperand(0) == op.GetOperand(1)) return One(op.GetOperand(1));
        if (neutral(c[1])) return One(op.GetOperand(0));
        return One(Binary(op, c, (a, b) => pick(a, b)));
    };

    public static IReadOnlyList<object>? AddUIExtended(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        var overflowType = op.GetResult(1).Type;
        if (IsZero(op.GetOperand(1)))
            return ConstFold.ZeroAttr(op.Context, overflowType) is { } f ? [op.GetOperand(0), f] : null;
        if (ConstFold.Binary(op.Context, c, Int, (a, b) => a.Add(b)) is not { } sum) return null;
        var i1Type = TypeUtil.GetI1SameShape(op.Context, ((ITypedAttribute)sum).Type);
        var overflow = ConstFold.Binary(op.Context, [sum, c[0]], i1Type, Int, Int,
            (s, a) => s.Ult(a) ? ApInt.AllOnes(1) : ApInt.Zero(1));
        return overflow is null ? null : [sum, overflow];
    }

    public static IReadOnlyList<object>? MulSIExtended(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsZero(c[1])) return [c[1]!, c[1]!];
        if (ConstFold.Binary(op.Context, c, Int, (a, b) => a.Mul(b)) is not { } low) return null;
        var high = ConstFold.Binary(op.Context, c, Int, (a, b) => ApInt.MulHS(a, b));
        return high is null ? null : [low, high];
    }

    public static IReadOnlyList<object>? MulUIExtended(Operation op, IReadOnlyList<IRAttribute?> c)
    {
        if (IsZero(c[1])) return [c[1]!, c[1]!];
        if (IsOne(c[1]))
            return ConstFold.ZeroAttr(op.Context, op.GetOperand(0).Type) is { } zero ? [op.GetOperand(0), zero] : null;
        if (ConstFold.Binary(op.Context, c, Int, (a, b) => a.Mul(b)) is not { } low) return null;
        var high = ConstFold.Binary(op.Context, c, Int, (a, b) => ApInt.MulHU(a, b));
        return high is null ? null : [low, high];
    }
}
