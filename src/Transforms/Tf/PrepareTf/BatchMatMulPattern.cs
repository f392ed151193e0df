using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tf.PrepareTf;

/// <summary>
/// ConvertTFBatchMatMulOp (PrepareTF's unfolding, `unfold_batch_matmul`), for the case binarized
/// classifiers produce: both operands of rank 2, where the batch matmul is a plain tf.MatMul
/// with `adj_x`/`adj_y` as `transpose_a`/`transpose_b`. Batched operands (rank &gt; 2), which TF
/// slices into per-batch MatMuls, are left alone.
/// </summary>
public sealed class BatchMatMulPattern(string root) : RewritePattern(root, 1)
{
    public static readonly string[] Roots = ["tf.BatchMatMul", "tf.BatchMatMulV2", "tf.BatchMatMulV3"];

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands != 2 || op.NumResults != 1) return false;
        if (op.GetOperand(0).Type is not RankedTensorType { Rank: 2 } || op.GetOperand(1).Type is not RankedTensorType { Rank: 2 }) return false;
        var ctx = rewriter.Context;
        bool Adjoint(string name) => op.GetAttr(name) is IntegerAttr { IsBool: true } b && !b.Value.IsZero;
        rewriter.SetInsertionPoint(op);
        var matmul = rewriter.Create("tf.MatMul", op.Location, [op.GetOperand(0), op.GetOperand(1)], [op.GetResult(0).Type],
            attributes: [new NamedAttribute("transpose_a", BoolAttr.Get(ctx, Adjoint("adj_x"))),
                new NamedAttribute("transpose_b", BoolAttr.Get(ctx, Adjoint("adj_y")))]);
        rewriter.ReplaceOp(op, [matmul.GetResult(0)]);
        return true;
    }
}
