using Lce.Dialects.Tf;
using Lce.IR;
using Lce.IR.Rewrite;
using Broadcasting = Lce.Dialects.Tfl.Broadcast;

namespace Lce.Transforms.Tfl.LegalizeTf;

/// <summary>
/// ApplyExplicitBroadcasting, LegalizeTF's second stage: a broadcasting binary tf op (or
/// SelectV2) left over by the first stage, with static operand shapes that differ but
/// broadcast, is rebuilt on operands broadcast to the common shape by tf.BroadcastTo (only those
/// whose shape differs), all sharing one i64 shape `tf.Const`, so that its tfl form no longer
/// broadcasts. The rebuilt op has no attributes. TF also handles dynamic shapes through
/// BroadcastArgs; that path is not supported here (the op is left as it is).
/// </summary>
public sealed class ExplicitBroadcastPattern(string root) : RewritePattern(root, 1)
{
    /// <summary>The binary ops TF registers the pattern for that this tf dialect defines.</summary>
    public static readonly string[] BinaryOps =
        ["tf.LessEqual", "tf.GreaterEqual", "tf.Greater", "tf.Less", "tf.AddV2", "tf.Mul", "tf.Div", "tf.RealDiv", "tf.Sub"];

    public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter)
    {
        var operands = op.Operands.ToList();
        if (operands.Any(v => v.Type is not RankedTensorType { HasStaticShape: true })) return false;
        var shapes = operands.Select(v => ((RankedTensorType)v.Type).Shape).ToList();
        if (shapes.Skip(1).All(s => s.SequenceEqual(shapes[0]))) return false;

        // Select broadcasts its values first, then the condition; binary ops their two operands.
        bool select = op.Name == "tf.SelectV2";
        var values = select ? shapes.Skip(1).ToList() : shapes;
        var shape = Broadcasting.Shape(values[0], values[1]);
        if (select && shape is not null) shape = Broadcasting.Shape(shape, shapes[0]);
        if (shape is null) return false;

        var ctx = rewriter.Context;
        var loc = op.Location;
        rewriter.SetInsertionPoint(op);
        var shapeType = RankedTensorType.Get(ctx, [shape.Length], IntegerType.Get(ctx, 64));
        var shapeConst = TfBuild.Const(rewriter, I64Elements(ctx, shapeType, shape), shapeType, loc).GetResult(0);
        var valueElement = ((ShapedType)operands[select ? 1 : 0].Type).ElementType;
        var broadcastType = RankedTensorType.Get(ctx, shape, valueElement);
        var newOperands = new List<Value>();
        for (int i = 0; i < operands.Count; i++)
        {
            var type = select && i == 0 ? RankedTensorType.Get(ctx, shape, IntegerType.Get(ctx, 1)) : broadcastType;
            newOperands.Add(shapes[i].SequenceEqual(shape) ? operands[i]
                : TfBuild.Op(rewriter, "BroadcastTo", loc, [operands[i], shapeConst], [type]).GetResult(0));
        }
        var resultElement = select ? valueElement : ((ShapedType)op.GetResult(0).Type).ElementType;
        var rebuilt = rewriter.Create(op.Name, loc, newOperands, [RankedTensorType.Get(ctx, shape, resultElement)]);
        rewriter.ReplaceOp(op, [rebuilt.GetResult(0)]);
        return true;
    }

    private static DenseElementsAttr I64Elements(IRContext ctx, RankedTensorType type, IReadOnlyList<long> values)
    {
        var bytes = new byte[values.Count * 8];
        for (int i = 0; i < values.Count; i++) BitConverter.TryWriteBytes(bytes.AsSpan(i * 8), values[i]);
        return DenseElementsAttr.FromRaw(ctx, type, bytes, isSplat: false);
    }
}
