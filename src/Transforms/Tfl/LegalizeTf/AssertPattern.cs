using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>ConvertTFAssertOp: TFLite has no Assert, so tf.Assert is dropped (unless preserve-assert-op).</summary>
public sealed class AssertPattern() : RewritePattern("tf.Assert", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        rewriter.EraseOp(op);
        return true;
    }
}
