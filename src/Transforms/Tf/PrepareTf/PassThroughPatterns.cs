using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// PrepareTF's pass-through rewrites. TFLite treats CheckNumerics, Snapshot, StopGradient and
/// PlaceholderWithDefault as identities (they become tf.Identity), IdentityN forwards its
/// operands, and tf.Identity itself goes (TF's RemoveIdentity): always when its operand has the
/// result's type, otherwise only when every user is a tf op (a type refinement must not reach
/// ops of other dialects).
/// </summary>
public sealed class ToIdentityPattern(string root) : RewritePattern(root, 1)
{
    public static readonly string[] Roots = ["tf.CheckNumerics", "tf.Snapshot", "tf.StopGradient", "tf.PlaceholderWithDefault"];

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands < 1 || op.NumResults != 1) return false;
        rewriter.SetInsertionPoint(op);
        var identity = rewriter.Create("tf.Identity", op.Location, [op.GetOperand(0)], [op.GetResult(0).Type]);
        rewriter.ReplaceOp(op, [identity.GetResult(0)]);
        return true;
    }
}

/// <summary>RemoveIdentityN: each result is its operand.</summary>
public sealed class RemoveIdentityNPattern() : RewritePattern("tf.IdentityN", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != op.NumResults) return false;
        rewriter.ReplaceOp(op, op.Operands.ToList());
        return true;
    }
}

/// <summary>RemoveIdentity (C++ in TF's prepare_tf.cc).</summary>
public sealed class RemoveIdentityPattern() : RewritePattern("tf.Identity", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 1 || op.NumResults != 1) return false;
        var input = op.GetOperand(0);
        bool sameType = ReferenceEquals(input.Type, op.GetResult(0).Type);
        if (!sameType && op.GetResult(0).Users.Any(u => u.OpName.DialectNamespace != "tf")) return false;
        rewriter.ReplaceOp(op, [input]);
        return true;
    }
}

/// <summary>ConvertTfConst: a statically shaped dense tf.Const becomes arith.constant.</summary>
public sealed class ConvertTfConstPattern() : RewritePattern("tf.Const", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.GetAttr("value") is not (DenseElementsAttr or DenseStringElementsAttr) || op.GetResult(0).Type is not RankedTensorType { HasStaticShape: true })
            return false;
        rewriter.SetInsertionPoint(op);
        rewriter.ReplaceOp(op, [Lce.Dialects.Arith.ConstantOp.Build(rewriter, op.GetAttr("value")!, op.Location).GetResult(0)]);
        return true;
    }
}
