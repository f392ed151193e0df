namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;
using Lce.IR.Rewrite;
using static Lce.Dialects.Arith.Folding.ConstantMatchers;

// Patterns rooted at arith.select.

/// <summary>select(not(pred), a, b) -> select(pred, b, a)</summary>
internal sealed class SelectNotCond() : DrrPattern(nameof(SelectNotCond), "arith.select", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(0), "arith.xori") is { } not
        && IntConstant(not.GetOperand(1)) is { } ones && IntOrSplat(ones, out var v) && v.IsAllOnes
        && r.Matched(not)
        && r.Replace(Select(r, res, not.GetOperand(0), res.GetOperand(2), res.GetOperand(1)));

    internal static Value Select(DrrRewrite r, Operation res, Value cond, Value t, Value f) =>
        r.Create("arith.select", [cond, t, f], [res.GetResult(0).Type]).GetResult(0);
}

/// <summary>select(pred, select(pred, a, b), c) -> select(pred, a, c)</summary>
internal sealed class RedundantSelectTrue() : DrrPattern(nameof(RedundantSelectTrue), "arith.select", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(1), "arith.select") is { } inner && inner.GetOperand(0) == res.GetOperand(0)
        && r.Matched(inner)
        && r.Replace(SelectNotCond.Select(r, res, res.GetOperand(0), inner.GetOperand(1), res.GetOperand(2)));
}

/// <summary>select(pred, a, select(pred, b, c)) -> select(pred, a, c)</summary>
internal sealed class RedundantSelectFalse() : DrrPattern(nameof(RedundantSelectFalse), "arith.select", 2)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        Op(res.GetOperand(2), "arith.select") is { } inner && inner.GetOperand(0) == res.GetOperand(0)
        && r.Matched(inner)
        && r.Replace(SelectNotCond.Select(r, res, res.GetOperand(0), res.GetOperand(1), inner.GetOperand(2)));
}

/// <summary>select(pred, false, true) -> xori(pred, true)</summary>
internal sealed class SelectI1ToNot() : DrrPattern(nameof(SelectI1ToNot), "arith.select", 1)
{
    protected override bool Apply(Operation res, DrrRewrite r) =>
        IsI1Constant(res.GetOperand(1), false) && IsI1Constant(res.GetOperand(2), true)
        && r.Replace(r.Same("arith.xori", res.GetOperand(0), r.Constant(BoolAttr.Get(r.Context, true))));
}

/// <summary>
/// select(c, 1, 0) -> extui(c) and select(c, 0, 1) -> extui(xori(c, 1)) for scalar integers wider
/// than i1 (C++ pattern SelectToExtUI).
/// </summary>
internal sealed class SelectToExtUI : RewritePattern
{
    public SelectToExtUI() : base("arith.select", 1) { DebugName = nameof(SelectToExtUI); }

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var type = op.GetResult(0).Type;
        if (type is not IntegerType { Width: not 1 }) return false;
        Value cond = op.GetOperand(0), t = op.GetOperand(1), f = op.GetOperand(2);
        Value extended;
        if (IsOne(t) && IsZero(f)) extended = cond;
        else if (IsZero(t) && IsOne(f))
        {
            var one = ConstantOp.Build(rewriter, IntegerAttr.Get(rewriter.Context, cond.Type, 1), op.Location).GetResult(0);
            extended = rewriter.Create("arith.xori", op.Location, [cond, one], [cond.Type]).GetResult(0);
        }
        else return false;
        var ext = rewriter.Create("arith.extui", op.Location, [extended], [type]);
        rewriter.ReplaceOp(op, ext);
        return true;
    }
}
