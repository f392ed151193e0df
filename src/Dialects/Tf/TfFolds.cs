namespace Lce.Dialects.Tf;

using Lce.IR;

/// <summary>
/// The folders TF 2.16 gives the shape ops (no TF-kernel constant folding): Shape of a static
/// shape, BroadcastTo/Reshape that change nothing, identity and mutually cancelling Transposes.
/// </summary>
public static class TfFolds
{
    /// <summary>ShapeOp::fold: the static shape of the input as a constant of the result's integer width.</summary>
    public static IReadOnlyList<object>? Shape(Operation op)
    {
        if (op.GetResult(0).Type is not ShapedType { ElementType: IntegerType it }) return null;
        if (op.GetOperand(0).Type is not RankedTensorType { HasStaticShape: true } input) return null;
        return [TfConstants.IntVector(op.Context, input.Shape, it.Width)];
    }

    /// <summary>
    /// BroadcastToOp::fold: with a static result type, the input when it already has that type, or
    /// a splat integer constant input re-shaped to it.
    /// </summary>
    public static IReadOnlyList<object>? BroadcastTo(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        var input = op.GetOperand(0);
        if (op.GetResult(0).Type is not ShapedType { HasStaticShape: true } result) return null;
        if (ReferenceEquals(result, input.Type)) return [input];
        if (!IR.Rewrite.Matchers.MatchConstant(input, out var attr)
            || attr is not DenseElementsAttr { IsSplat: true, ShapedType.ElementType: IntegerType } splat) return null;
        var element = splat.RawDataArray[..splat.ElementByteWidth];
        return [DenseElementsAttr.FromRaw(op.Context, result, element, isSplat: true)];
    }

    /// <summary>ReshapeOp::fold: the tensor itself when it already has the (static) result type.</summary>
    public static IReadOnlyList<object>? Reshape(Operation op)
    {
        var tensor = op.GetOperand(0);
        return op.GetResult(0).Type is ShapedType { HasStaticShape: true } r && ReferenceEquals(r, tensor.Type) ? [tensor] : null;
    }

    /// <summary>
    /// TransposeOp::fold: an identity permutation of x with the result type of x gives x; a
    /// transpose undoing the transpose that produced x (both permutations constant, same block)
    /// gives that transpose's input when it has the result type.
    /// </summary>
    public static IReadOnlyList<object>? Transpose(Operation op)
    {
        var x = op.GetOperand(0);
        var result = op.GetResult(0).Type;
        var perm = TfConstants.IntElements(op.GetOperand(1));
        if (perm is not null && perm.Select((p, i) => p == i).All(b => b) && ReferenceEquals(result, x.Type)) return [x];

        if (x.DefiningOp is not { Name: "tf.Transpose" } inner) return null;
        // TF keeps transposes of different blocks apart (host/device placement of the ops).
        if (!ReferenceEquals(inner.ParentBlock, op.ParentBlock)) return null;
        var innerPerm = TfConstants.IntElements(inner.GetOperand(1));
        if (perm is null || innerPerm is null || !TfShapeRules.AreCancellablePermutations(perm, innerPerm)) return null;
        var source = inner.GetOperand(0);
        return ReferenceEquals(result, source.Type) ? [source] : null;
    }
}
