using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;
using Lce.Serialization.CustomOptions;

namespace Lce.Transforms.Larq.LegalizeLce;

/// <summary>
/// LCE's <c>LegalizeToCustomOp&lt;LarqOp&gt;</c>: an lq op becomes `tfl.custom` with the same
/// operands (`none` included) and result types, code `Lce&lt;Op&gt;` and its options as
/// `#tfl&lt;const_bytes&gt;`. An op whose attributes cannot be written does not match; the pass
/// reports it before rewriting.
/// </summary>
public sealed class LegalizeToCustomOp(string lqOpName) : RewritePattern(lqOpName, 1, ["tfl.custom"])
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        byte[] options;
        try { options = LqCustomOps.BuildCustomOptions(op); }
        catch (CustomOptionsException) { return false; }
        var custom = TflBuild.Custom(rewriter, op.Location, op.ResultTypes.ToList(), op.Operands.ToList(),
            LqCustomOps.CustomCodeOf(op.Name), options);
        rewriter.ReplaceOp(op, custom);
        return true;
    }
}
