using Lce.IR;
using Lce.IR.Rewrite;

namespace CustomPass;

/// <summary>Rewrites `custom.double %x` into `arith.addi %x, %x`.</summary>
public sealed class LowerDoublePattern() : RewritePattern("custom.double", benefit: 1, generatedOps: ["arith.addi"])
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var input = op.GetOperand(0);
        rewriter.SetInsertionPoint(op);
        var add = rewriter.Create("arith.addi", op.Location, [input, input], [op.GetResult(0).Type]);
        rewriter.ReplaceOp(op, add);
        return true;
    }
}
