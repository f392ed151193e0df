using Lce.IR;
using Lce.IR.Rewrite;

namespace Lce.Transforms.Tfl.Optimize;

/// <summary>
/// What the fusion patterns share: reading a float constant operand, and replacing a root op by
/// a rebuilt copy of the op it consumes, as DRR does (created at the root, located at the fused
/// locations of the matched ops, with the root's result types).
/// </summary>
internal static class FusionRewrites
{
    public const string ActivationAttr = "fused_activation_function";

    /// <summary>The f32 elements of a constant operand, or null.</summary>
    public static DenseElementsAttr? F32Constant(Value v) =>
        Matchers.MatchConstant(v, out var attr) && attr is DenseElementsAttr d && d.IsF32() ? d : null;

    public static string? Activation(Operation op) => (op.GetAttr(ActivationAttr) as StringAttr)?.Value;

    public static bool HasOneUse(Value v) => v.Uses.Take(2).Count() == 1;

    /// <summary>
    /// Replaces <paramref name="root"/> by a copy of <paramref name="producer"/> with the given
    /// operands and attribute changes, created before the root at the fused location of both.
    /// </summary>
    public static Operation ReplaceWithRebuilt(PatternRewriter rewriter, Operation root, Operation producer,
        IReadOnlyList<Value> operands, params (string Name, IRAttribute Value)[] changes)
    {
        var attrs = producer.Attributes;
        foreach (var (name, value) in changes) attrs = attrs.With(rewriter.Context, name, value);
        rewriter.SetInsertionPoint(root);
        var loc = FusedLoc.Get(rewriter.Context, [root.Location, producer.Location]);
        var rebuilt = rewriter.Create(producer.Name, loc, operands, [root.GetResult(0).Type], attributes: attrs.Entries);
        rewriter.ReplaceOp(root, [rebuilt.GetResult(0)]);
        return rebuilt;
    }

    /// <summary>An f32 constant of the given shape, created at the root's insertion point (arith.constant, as TFL's folds give).</summary>
    public static Value Constant(PatternRewriter rewriter, Location loc, IReadOnlyList<long> shape, float[] values)
    {
        var ctx = rewriter.Context;
        var type = RankedTensorType.Get(ctx, shape, FloatType.F32(ctx));
        return Lce.Dialects.Arith.ConstantOp.Build(rewriter, DenseElementsValues.FromF32(ctx, type, values), loc).GetResult(0);
    }
}
