namespace Lce.Dialects.Arith.Canonicalization;

using System.Numerics;
using Lce.IR;

// DRR patterns rooted at arith.addi and arith.muli (constants are on the right after folding,
// so only right-hand constants are matched).

/// <summary>addi(addi(x, c0), c1) -> addi(x, c0 + c1)</summary>
internal sealed class AddIAddConstant() : DrrPattern(nameof(AddIAddConstant), "arith.addi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.addi") is { } inner
        && IntConstant(inner.GetOperand(1)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && r.Matched(inner)
        && r.Replace(r.Same("arith.addi", inner.GetOperand(0), r.Constant(IntAttrs.Add(r.Context, res, c0, c1)),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>addi(subi(x, c0), c1) -> addi(x, c1 - c0)</summary>
internal sealed class AddISubConstantRHS() : DrrPattern(nameof(AddISubConstantRHS), "arith.addi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.subi") is { } inner
        && IntConstant(inner.GetOperand(1)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && r.Matched(inner)
        && r.Replace(r.Same("arith.addi", inner.GetOperand(0), r.Constant(IntAttrs.Sub(r.Context, res, c1, c0)),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>addi(subi(c0, x), c1) -> subi(c0 + c1, x)</summary>
internal sealed class AddISubConstantLHS() : DrrPattern(nameof(AddISubConstantLHS), "arith.addi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.subi") is { } inner
        && IntConstant(inner.GetOperand(0)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && r.Matched(inner)
        && r.Replace(r.Same("arith.subi", r.Constant(IntAttrs.Add(r.Context, res, c0, c1)), inner.GetOperand(1),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>addi(x, muli(y, -1)) -> subi(x, y)</summary>
internal sealed class AddIMulNegativeOneRhs() : DrrPattern(nameof(AddIMulNegativeOneRhs), "arith.addi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(1), "arith.muli") is { } mul
        && IntOrSplat(AnyConstant(mul.GetOperand(1)), out var c0) && c0.IsAllOnes
        && r.Matched(mul)
        && r.Replace(r.Same("arith.subi", res.GetOperand(0), mul.GetOperand(0), r.OverflowProp(IntegerOverflowFlags.None)));
}

/// <summary>addi(muli(x, -1), y) -> subi(y, x)</summary>
internal sealed class AddIMulNegativeOneLhs() : DrrPattern(nameof(AddIMulNegativeOneLhs), "arith.addi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.muli") is { } mul
        && IntOrSplat(AnyConstant(mul.GetOperand(1)), out var c0) && c0.IsAllOnes
        && r.Matched(mul)
        && r.Replace(r.Same("arith.subi", res.GetOperand(1), mul.GetOperand(0), r.OverflowProp(IntegerOverflowFlags.None)));
}

/// <summary>muli(muli(x, c0), c1) -> muli(x, c0 * c1), when both constants have the result type</summary>
internal sealed class MulIMulIConstant() : DrrPattern(nameof(MulIMulIConstant), "arith.muli", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.muli") is { } inner
        && IntConstant(inner.GetOperand(1)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && ReferenceEquals(res.GetResult(0).Type, c0.Type) && ReferenceEquals(res.GetResult(0).Type, c1.Type)
        && r.Matched(inner)
        && r.Replace(r.Same("arith.muli", inner.GetOperand(0), r.Constant(IntAttrs.Mul(r.Context, res, c0, c1)),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>addui_extended(x, y) -> [addi(x, y), x] when the overflow result is unused</summary>
internal sealed class AddUIExtendedToAddI() : DrrPattern(nameof(AddUIExtendedToAddI), "arith.addui_extended", 1)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        !res.GetResult(1).HasUses
        && r.Replace(r.Same("arith.addi", res.GetOperand(0), res.GetOperand(1), r.OverflowProp(IntegerOverflowFlags.None)),
            res.GetOperand(0));
}

/// <summary>addIntegerAttrs / subIntegerAttrs / mulIntegerAttrs: wrapping arithmetic in the result's type.</summary>
internal static class IntAttrs
{
    private static IntegerAttr Apply(IRContext ctx, Operation res, IntegerAttr a, IntegerAttr b, Func<BigInteger, BigInteger, BigInteger> f) =>
        IntegerAttr.Get(ctx, res.GetResult(0).Type, f(a.Value, b.Value));

    public static IntegerAttr Add(IRContext ctx, Operation res, IntegerAttr a, IntegerAttr b) => Apply(ctx, res, a, b, (x, y) => x + y);
    public static IntegerAttr Sub(IRContext ctx, Operation res, IntegerAttr a, IntegerAttr b) => Apply(ctx, res, a, b, (x, y) => x - y);
    public static IntegerAttr Mul(IRContext ctx, Operation res, IntegerAttr a, IntegerAttr b) => Apply(ctx, res, a, b, (x, y) => x * y);
}
