using Lce.Dialects.Tfl;
using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// ConvertTFConcatV2Op (C++ in TF, for its variadic operands): tf.ConcatV2 with a constant
/// single-element integer axis becomes tfl.concatenation with that axis as an i32 attribute
/// (failing when it does not fit in 32 bits) and no fused activation.
/// </summary>
public sealed class ConcatV2Pattern() : RewritePattern("tf.ConcatV2", 1)
{
    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        if (op.NumOperands < 1) return false;
        var values = op.Operands.Take(op.NumOperands - 1).ToList();
        if (!Matchers.MatchConstant(op.GetOperand(op.NumOperands - 1), out var attr) || Axis(attr) is not { } axis) return false;
        if (axis is > int.MaxValue or < int.MinValue) return false;
        rewriter.SetInsertionPoint(op);
        var result = TflBuild.Concatenation(rewriter, op.Location, op.GetResult(0).Type, values, (int)axis);
        rewriter.ReplaceOp(op, [result]);
        return true;
    }

    /// <summary>ExtractSingleElementAsInteger: the value of a one-element signless integer constant, else null.</summary>
    public static long? Axis(IRAttribute attr) =>
        attr is DenseElementsAttr { NumElements: 1, ShapedType.ElementType: IntegerType { IsSignless: true } } dense
            ? (long)dense.IntegerAt(0) : null;
}
