namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;
using Lce.Dialects.Arith.Folding;

// DRR patterns rooted at arith.subi.

/// <summary>subi(addi(x, c0), c1) -> addi(x, c0 - c1)</summary>
internal sealed class SubIRHSAddConstant() : DrrPattern(nameof(SubIRHSAddConstant), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.addi") is { } inner
        && IntConstant(inner.GetOperand(1)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && r.Matched(inner)
        && r.Replace(r.Same("arith.addi", inner.GetOperand(0), r.Constant(IntAttrs.Sub(r.Context, res, c0, c1)),
            r.OverflowProp(IntegerOverflowFlags.None)));
}

/// <summary>subi(c1, addi(x, c0)) -> subi(c1 - c0, x)</summary>
internal sealed class SubILHSAddConstant() : DrrPattern(nameof(SubILHSAddConstant), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        IntConstant(res.GetOperand(0)) is { } c1
        && Op(res.GetOperand(1), "arith.addi") is { } inner && IntConstant(inner.GetOperand(1)) is { } c0
        && r.Matched(inner)
        && r.Replace(r.Same("arith.subi", r.Constant(IntAttrs.Sub(r.Context, res, c1, c0)), inner.GetOperand(0),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>subi(subi(x, c0), c1) -> subi(x, c0 + c1)</summary>
internal sealed class SubIRHSSubConstantRHS() : DrrPattern(nameof(SubIRHSSubConstantRHS), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.subi") is { } inner
        && IntConstant(inner.GetOperand(1)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && r.Matched(inner)
        && r.Replace(r.Same("arith.subi", inner.GetOperand(0), r.Constant(IntAttrs.Add(r.Context, res, c0, c1)),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>subi(subi(c0, x), c1) -> subi(c0 - c1, x)</summary>
internal sealed class SubIRHSSubConstantLHS() : DrrPattern(nameof(SubIRHSSubConstantLHS), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.subi") is { } inner
        && IntConstant(inner.GetOperand(0)) is { } c0 && IntConstant(res.GetOperand(1)) is { } c1
        && r.Matched(inner)
        && r.Replace(r.Same("arith.subi", r.Constant(IntAttrs.Sub(r.Context, res, c0, c1)), inner.GetOperand(1),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>subi(c1, subi(x, c0)) -> subi(c0 + c1, x)</summary>
internal sealed class SubILHSSubConstantRHS() : DrrPattern(nameof(SubILHSSubConstantRHS), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        IntConstant(res.GetOperand(0)) is { } c1
        && Op(res.GetOperand(1), "arith.subi") is { } inner && IntConstant(inner.GetOperand(1)) is { } c0
        && r.Matched(inner)
        && r.Replace(r.Same("arith.subi", r.Constant(IntAttrs.Add(r.Context, res, c0, c1)), inner.GetOperand(0),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>subi(c1, subi(c0, x)) -> addi(x, c1 - c0)</summary>
internal sealed class SubILHSSubConstantLHS() : DrrPattern(nameof(SubILHSSubConstantLHS), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        IntConstant(res.GetOperand(0)) is { } c1
        && Op(res.GetOperand(1), "arith.subi") is { } inner && IntConstant(inner.GetOperand(0)) is { } c0
        && r.Matched(inner)
        && r.Replace(r.Same("arith.addi", inner.GetOperand(1), r.Constant(IntAttrs.Sub(r.Context, res, c1, c0)),
            r.OverflowProp(MergeOverflow(inner, res))));
}

/// <summary>subi(subi(a, b), a) -> subi(0, b)</summary>
internal sealed class SubISubILHSRHSLHS() : DrrPattern(nameof(SubISubILHSRHSLHS), "arith.subi", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.subi") is { } inner && inner.GetOperand(0) == res.GetOperand(1)
        && ConstFold.ZeroAttr(r.Context, inner.GetOperand(1).Type) is { } zero
        && r.Matched(inner)
        && r.Replace(r.Same("arith.subi", r.Constant(zero), inner.GetOperand(1), r.OverflowProp(MergeOverflow(inner, res))));
}
