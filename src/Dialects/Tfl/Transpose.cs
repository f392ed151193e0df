namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>tfl.transpose: TF's permutation verifier and constant folder.</summary>
internal static class Transpose
{
    public static bool Verify(Operation op)
    {
        var input = (ShapedType)op.GetOperand(0).Type;
        var perm = (ShapedType)op.GetOperand(1).Type;
        var output = (ShapedType)op.GetResult(0).Type;
        if (input.HasStaticShape && perm.HasStaticShape && perm.NumElements != input.Rank)
        {
            op.EmitOpError("perm tensor elements size is not equal to input tensor rank");
            return false;
        }
        if (Permutation(op.GetOperand(1)) is not { } values) return true;
        var axes = new List<long>();
        for (int index = 0; index < values.Count; index++)
        {
            long axis = values[index];
            if (axis < 0 && input.HasRank) axis += input.Rank;
            if (axis < 0 || (input.HasRank && axis >= input.Rank))
            {
                op.EmitOpError($"perm[{index}] must be in [-rank, rank)");
                return false;
            }
            if (axes.Contains(axis))
            {
                op.EmitOpError($"perm[{index}] cannot have duplicated axis");
                return false;
            }
            axes.Add(axis);
        }
        if (input.HasStaticShape && output.HasStaticShape)
        {
            var expected = RankedTensorType.Get(op.Context, axes.Select(a => input.Shape[(int)a]), input.ElementType);
            if (!TypeUtil.AreCompatibleShapes(output, expected))
            {
                op.EmitOpError($"expect output type {expected}, got {output}");
                return false;
            }
        }
        return true;
    }

    /// <summary>The values of a constant integer `perm` operand, or null.</summary>
    private static IReadOnlyList<long>? Permutation(Value perm) =>
        Matchers.MatchConstant(perm, out var attr) && attr is DenseElementsAttr { ShapedType.ElementType: IntegerType or IndexType } d
            ? Enumerable.Range(0, (int)d.NumElements).Select(i => (long)d.IntegerAt(i)).ToList()
            : null;

    /// <summary>
    /// Folds a constant input of integer or float elements with a constant permutation; the
    /// result has the permuted constant's type (a differing op result type is reconciled when
    /// the constant is materialized).
    /// </summary>
    public static IReadOnlyList<object>? Fold(Operation op, IReadOnlyList<IRAttribute?> operands)
    {
        if (operands[0] is not DenseElementsAttr input || operands[1] is not DenseElementsAttr { ShapedType.ElementType: IntegerType or IndexType } perm)
            return null;
        if (TypeUtil.ElementTypeOrSelf(op.GetResult(0).Type) is not (IntegerType { IsSignless: true } or FloatType)) return null;
        if (input.ShapedType.ElementType is not (IntegerType or IndexType or FloatType)) return null;
        var inShape = input.ShapedType.Shape;
        int rank = inShape.Count;
        if (perm.NumElements < rank) return null;
        var perms = new int[rank];
        for (int i = 0; i < rank; i++)
        {
            long p = (long)perm.IntegerAt(i);
            // TF indexes the input shape with the raw value; out-of-range entries are not folded.
            if (p < 0 || p >= rank) return null;
            perms[i] = (int)p;
        }
        var outShape = perms.Select(p => inShape[p]).ToArray();
        var resultType = RankedTensorType.Get(op.Context, outShape, input.ShapedType.ElementType);
        if (input.IsSplat) return [DenseElementsAttr.FromRaw(op.Context, resultType, input.RawDataArray, isSplat: true)];
        int width = input.ElementByteWidth;
        var inStrides = new long[rank];
        long stride = 1;
        for (int d = rank - 1; d >= 0; d--) { inStrides[d] = stride; stride *= inShape[d]; }
        long count = resultType.NumElements;
        var data = new byte[count * width];
        var index = new long[rank];
        for (long i = 0; i < count; i++)
        {
            long source = 0;
            for (int d = 0; d < rank; d++) source += index[d] * inStrides[perms[d]];
            input.ElementBytes(source).CopyTo(data.AsSpan((int)(i * width), width));
            for (int d = rank - 1; d >= 0; d--)
            {
                if (++index[d] < outShape[d]) break;
                index[d] = 0;
            }
        }
        return [DenseElementsAttr.FromRaw(op.Context, resultType, data, isSplat: false)];
    }
}
