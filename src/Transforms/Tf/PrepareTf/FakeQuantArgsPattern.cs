using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// PrepareTF's fake-quant conversion for tf.FakeQuantWithMinMaxArgs, whose range is in its `min`
/// and `max` attributes (TF's defaults -6 and 6) rather than in operands: the same
/// quantize/dequantize pair as <see cref="FakeQuantPattern"/>.
/// </summary>
public sealed class FakeQuantArgsPattern() : RewritePattern("tf.FakeQuantWithMinMaxArgs", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 1 || op.NumResults != 1) return false;
        return FakeQuantPattern.Rewrite(op, rewriter, Attr(op, "min", -6.0), Attr(op, "max", 6.0));
    }

    private static double Attr(Operation op, string name, double fallback) =>
        op.GetAttr(name) is FloatAttr f ? f.ToDouble() : fallback;
}
