namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// tfl.reshape as TF defines it: the result type inferred from a constant `shape` operand (one
/// -1 entry takes the remaining size), its compatibility check (InferTypeOpInterface) and
/// verifier, the folder (identity or constant input) and two canonicalization patterns.
/// </summary>
internal static class Reshape
{
    public static bool Verify(Operation op)
    {
        // The interface check runs first, with errors of the shape computation swallowed.
        var inferred = OutputType(op, _ => { }) ?? UnrankedTensorType.Get(op.Context, InputElement(op));
        if (!TypeUtil.AreCompatibleShapes(inferred, op.GetResult(0).Type))
        {
            op.EmitError($"'{op.Name}' op inferred type(s) '{inferred}' are incompatible with return type(s) of operation '{op.GetResult(0).Type}'");
            op.EmitOpError("failed to infer returned types");
            return false;
        }
        bool failed = false;
        var expected = OutputType(op, message => { op.EmitOpError(message); failed = true; });
        if (failed || expected is null) return false;
        if (op.GetResult(0).Type is not RankedTensorType output) return true;
        var input = (ShapedType)op.GetOperand(0).Type;
        if (output.HasStaticShape && input.HasStaticShape && output.NumElements != input.NumElements)
        {
            op.EmitOpError($"requires 'output' number of elements to match 'input' number of elements, but got {output.NumElements} and {input.NumElements}");
            return false;
        }
        if (!CastCompatible(output, expected))
        {
            op.EmitOpError($"requires 'output' type '{output}' to be cast compatible with expected type '{expected}'");
            return false;
        }
        return true;
    }

    private static IRType InputElement(Operation op) => TypeUtil.ElementTypeOrSelf(op.GetOperand(0).Type);

    /// <summary>
    /// GetReshapeOutputType: the result type implied by the operands (unranked when the shape is
    /// unknown); null after reporting a malformed constant shape through <paramref name="error"/>.
    /// </summary>
    public static IRType? OutputType(Operation op, Action<string> error)
    {
        var ctx = op.Context;
        var element = InputElement(op);
        if (op.GetOperand(1).Type is not RankedTensorType shapeType) return UnrankedTensorType.Get(ctx, element);
        if (shapeType.Rank != 1)
        {
            error($"requires 'shape' to be rank 1, but got {shapeType.Rank}");
            return null;
        }
        if (!Matchers.MatchConstant(op.GetOperand(1), out var attr) || attr is not DenseElementsAttr { ShapedType.ElementType: IntegerType or IndexType } shapeAttr)
        {
            return shapeType.HasStaticShape
                ? RankedTensorType.Get(ctx, Enumerable.Repeat(ShapedType.Dynamic, (int)shapeType.Shape[0]), element)
                : UnrankedTensorType.Get(ctx, element);
        }
        bool zeroDim = false;
        int unknown = -1;
        long known = 1;
        var dims = new long[shapeAttr.NumElements];
        for (int i = 0; i < dims.Length; i++)
        {
            long size = (long)shapeAttr.IntegerAt(i);
            if (size == -1 || size == ShapedType.Dynamic)
            {
                if (unknown != -1)
                {
                    error("requires 'shape' to have at most one dynamic dimension, but got multiple dynamic dimensions at indices "
                        + $"{unknown} and {i}. You need to set up the unspecified size(s) to avoid this problem, for example,"
                        + "setting batch size in keras model or setting unspecified input size(s) with fixed ones.");
                    return null;
                }
                unknown = i;
                size = ShapedType.Dynamic;
            }
            else if (size == 0) zeroDim = true;
            else if (size > 0) known *= size;
            else
            {
                error($"requires 'shape' to have dimensions greater than -1, but got {size} at index {i}");
                return null;
            }
            dims[i] = size;
        }
        var input = (ShapedType)op.GetOperand(0).Type;
        if (input.HasStaticShape && unknown != -1)
        {
            long inputSize = 1;
            bool inputZeroDim = false;
            foreach (var d in input.Shape)
            {
                if (d > 0 || !zeroDim) inputSize *= d; else inputZeroDim = true;
            }
            long missing = inputSize / known;
            if (!inputZeroDim && known * missing != inputSize)
            {
                error($"requires 'input' number of elements be a multiple of {known}, but got {inputSize}");
                return null;
            }
            dims[unknown] = missing;
        }
        return RankedTensorType.Get(ctx, dims, element);
    }

    /// <summary>TF::AreCastCompatible for two tensor types: same element type and compatible shapes.</summary>
    private static bool CastCompatible(IRType a, IRType b) =>
        ReferenceEquals(TypeUtil.ElementTypeOrSelf(a), TypeUtil.ElementTypeOrSelf(b)) && TypeUtil.AreCompatibleShapes(a, b);

    /// <summary>
    /// ReshapeOp::fold: an identity reshape of a static type folds to its input; a constant input
    /// is reshaped to the result type (or, if that is not static, to the constant `shape`).
    /// </summary>
    public static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        var input = op.GetOperand(0);
        var resultType = op.GetResult(0).Type;
        if (input.Type is ShapedType { HasStaticShape: true } && ReferenceEquals(input.Type, resultType)) return [input];
        if (operands[0] is not ElementsAttr elements || resultType is not ShapedType result) return null;
        if (!result.HasStaticShape)
        {
            if (operands[1] is not DenseElementsAttr { ShapedType.ElementType: IntegerType or IndexType } shape) return null;
            var dims = Enumerable.Range(0, (int)shape.NumElements).Select(i => (long)shape.IntegerAt(i))
                .Select(d => d < 0 ? ShapedType.Dynamic : d);
            result = RankedTensorType.Get(op.Context, dims, elements.ShapedType.ElementType);
        }
        return Reshaped(op.Context, elements, result) is { } folded ? [folded] : null;
    }

    /// <summary>DenseElementsAttr::reshape; null where MLIR would assert (element type or count differs, dynamic shape).</summary>
    public static ElementsAttr? Reshaped(IRContext ctx, ElementsAttr value, ShapedType type)
    {
        if (!type.HasStaticShape || !ReferenceEquals(type.ElementType, value.ShapedType.ElementType)) return null;
        if (type.NumElements != value.NumElements) return null;
        return value switch
        {
            DenseElementsAttr d => DenseElementsAttr.FromRaw(ctx, type, d.RawDataArray, d.IsSplat),
            DenseStringElementsAttr s => DenseStringElementsAttr.Get(ctx, type, s.Values),
            _ => null,
        };
    }

    /// <summary>`reshape(reshape(x, s0), s1)` becomes `reshape(x, s1)`.</summary>
    public static bool RemoveAdjacentReshape(Operation op, PatternRewriter rewriter)
    {
        if (op.GetOperand(0).DefiningOp is not { Name: "tfl.reshape" } previous) return false;
        rewriter.SetInsertionPoint(op);
        var replacement = TflBuild.Reshape(rewriter, op.Location, op.GetResult(0).Type, previous.GetOperand(0), op.GetOperand(1));
        rewriter.ReplaceOp(op, [replacement]);
        return true;
    }

    /// <summary>
    /// ConvertShapeTo1D: a single-use constant shape of shape [1, ..., 1, N] is replaced by a
    /// `tfl.pseudo_const` of shape [N]; another multi-dimensional shape is reported.
    /// </summary>
    public static bool ConvertShapeTo1D(Operation op, PatternRewriter rewriter)
    {
        var shape = op.GetOperand(1);
        if (!shape.HasOneUse || !Matchers.MatchConstant(shape, out var attr)) return false;
        if (attr is not DenseElementsAttr { ShapedType.ElementType: IntegerType or IndexType } value) return false;
        var dims = value.ShapedType.Shape;
        if (dims.Count == 1) return false;
        for (int i = 0; i < dims.Count - 1; i++)
        {
            if (dims[i] == 1) continue;
            op.EmitError("Non-vector shape input is used, might cause runtime error");
            return false;
        }
        // A rank-0 shape has no last dimension: TF reads past the shape here; leave it alone.
        if (dims.Count == 0) return false;
        var vectorType = RankedTensorType.Get(op.Context, [dims[^1]], value.ShapedType.ElementType);
        var constant = shape.DefiningOp!;
        rewriter.SetInsertionPoint(constant);
        var replacement = TflBuild.PseudoConst(rewriter, constant.Location, (ElementsAttr)Reshaped(op.Context, value, vectorType)!);
        rewriter.ReplaceOp(constant, [replacement]);
        return true;
    }
}
