using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// ConvertTFMatMulOp: tf.MatMul becomes tfl.fully_connected, whose filter is [units, depth].
/// A transposed lhs and an untransposed rhs each get a tfl.transpose by a new `[1, 0]` i32
/// arith.constant (both must be rank-2); the bias is a new tfl.no_value; the activation is NONE,
/// the weights format DEFAULT and keep_num_dims false.
/// </summary>
public sealed class MatMulPattern() : RewritePattern("tf.MatMul", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var lhs = op.GetOperand(0);
        var rhs = op.GetOperand(1);
        bool transposeA = Bool(op, "transpose_a"), transposeB = Bool(op, "transpose_b");
        // TF checks the ranks as it goes; a failure after creating a transpose leaves it to the
        // conversion's rollback, which we mirror by checking first.
        if ((transposeA && !IsRank2(lhs)) || (!transposeB && !IsRank2(rhs))) return false;
        rewriter.SetInsertionPoint(op);
        var loc = op.Location;
        if (transposeA) lhs = Transpose2D(rewriter, loc, lhs);
        if (!transposeB) rhs = Transpose2D(rewriter, loc, rhs);
        var bias = TflBuild.NoValue(rewriter, loc);
        var fc = TflBuild.FullyConnected(rewriter, loc, op.GetResult(0).Type, lhs, rhs, bias);
        rewriter.ReplaceOp(op, [fc]);
        return true;
    }

    private static bool Bool(Operation op, string name) => op.GetAttr(name) is IntegerAttr { IsBool: true } b && !b.Value.IsZero;

    private static bool IsRank2(Value v) => v.Type is RankedTensorType { Rank: 2 };

    private static Value Transpose2D(PatternRewriter rewriter, Location loc, Value input)
    {
        var ctx = rewriter.Context;
        var type = (RankedTensorType)input.Type;
        var permType = RankedTensorType.Get(ctx, [2], IntegerType.Get(ctx, 32));
        var perm = Lce.Dialects.Arith.ConstantOp.Build(rewriter, DenseElementsValues.FromI32(ctx, permType, [1, 0]), loc).GetResult(0);
        var resultType = RankedTensorType.Get(ctx, [type.Shape[1], type.Shape[0]], type.ElementType);
        return TflBuild.Transpose(rewriter, loc, resultType, input, perm);
    }
}
