using Lce.IR;
using Lce.IR.Rewrite;
using Lce.Transforms.Larq.LegalizeLce;

namespace Lce.Transforms.Larq.TranslateTfl;

/// <summary>
/// LCE's TranslateToLCEPattern: a `tfl.custom` with an LCE code becomes the lq op with the same
/// operands and result types and the properties its options hold. Any other custom op does not
/// match, so it is neither changed nor counted as a change (LCE reports success for it).
/// </summary>
public sealed class TranslateToLqOp() : RewritePattern("tfl.custom", 1, LqCustomOps.OpNames)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (LceCustomOpReader.Read(op, out _) is not { } lq) return false;
        var state = new OperationState(rewriter.Context, lq.OpName, op.Location);
        state.Operands.AddRange(op.Operands);
        state.Types.AddRange(op.ResultTypes);
        foreach (var p in lq.Properties) state.AddInherent(p.Name, p.Value);
        rewriter.ReplaceOp(op, rewriter.Create(state));
        return true;
    }
}
