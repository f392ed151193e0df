namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;
using Lce.Dialects.Arith.Folding;

// DRR patterns rooted at arith.mulsi_extended and arith.mului_extended.

/// <summary>mulsi_extended(x, y) -> [muli(x, y), x] when the high result is unused</summary>
internal sealed class MulSIExtendedToMulI() : DrrPattern(nameof(MulSIExtendedToMulI), "arith.mulsi_extended", 1)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        !res.GetResult(1).HasUses
        && r.Replace(r.Same("arith.muli", res.GetOperand(0), res.GetOperand(1), r.OverflowProp(IntegerOverflowFlags.None)),
            res.GetOperand(0));
}

/// <summary>mulsi_extended(x, 1) -> [x, extsi(cmpi slt, x, 0)]</summary>
internal sealed class MulSIExtendedRHSOne() : DrrPattern(nameof(MulSIExtendedRHSOne), "arith.mulsi_extended", 1)
{
    protected override bool Apply(Operation res, DrrRewrite r)
    {
        var x = res.GetOperand(0);
        if (!IntOrSplat(AnyConstant(res.GetOperand(1)), out var one) || !one.IsStrictlyPositive || !one.IsOne) return false;
        if (ConstFold.ZeroAttr(r.Context, x.Type) is not { } zero) return false;
        var negative = r.CmpI(CmpIPredicate.Slt, x, r.Constant(zero));
        return r.Replace(x, r.Unary("arith.extsi", negative, res.GetResult(1).Type));
    }
}

/// <summary>mului_extended(x, y) -> [muli(x, y), x] when the high result is unused</summary>
internal sealed class MulUIExtendedToMulI() : DrrPattern(nameof(MulUIExtendedToMulI), "arith.mului_extended", 1)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        !res.GetResult(1).HasUses
        && r.Replace(r.Same("arith.muli", res.GetOperand(0), res.GetOperand(1), r.OverflowProp(IntegerOverflowFlags.None)),
            res.GetOperand(0));
}
