namespace Lce.Dialects.Arith.Canonicalization;

using Lce.IR;
using Lce.IR.Rewrite;
using static Lce.Dialects.Arith.Folding.ConstantMatchers;

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
