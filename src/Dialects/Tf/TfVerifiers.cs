namespace Lce.Dialects.Tf;

using Lce.IR;
using static TfTypeUtil;

/// <summary>The op verifiers of TF 2.16 for the shape and select ops, with TF's messages.</summary>
public static class TfVerifiers
{
    private static bool Fail(Operation op, string message) => TfDialect.Fail(op, message);

    /// <summary>SelectOp::verify: t and e compatible; the condition a scalar, of their rank, or a vector over their first dimension.</summary>
    public static bool Select(Operation op)
    {
        var t = (ShapedType)op.GetOperand(1).Type;
        var e = (ShapedType)op.GetOperand(2).Type;
        if (!AreCastCompatible(op.Context, [t, e])) return Fail(op, "requires t and e have compatible shapes");
        int dataRank;
        long firstDim = -2;
        if (t.HasRank && e.HasRank)
        {
            dataRank = t.Rank;
            if (t.Rank > 0) firstDim = t.Shape[0];
            if (e.Rank > 0) firstDim = Math.Max(e.Shape[0], firstDim);
        }
        else if (t.HasRank) { dataRank = t.Rank; if (t.Rank > 0) firstDim = t.Shape[0]; }
        else if (e.HasRank) { dataRank = e.Rank; if (e.Rank > 0) firstDim = e.Shape[0]; }
        else return true;

        if (op.GetOperand(0).Type is not RankedTensorType cond) return true;
        if (cond.Rank == 0 || cond.Rank == dataRank) return true;
        if (cond.Rank == 1)
        {
            if (dataRank == 0) return Fail(op, "requires that t and e are nonscalar when pred is a vector");
            long condDim = cond.Shape[0];
            if (firstDim != ShapedType.Dynamic && condDim != ShapedType.Dynamic && firstDim != condDim)
                return Fail(op, "requires that, when pred is a vector, the shape matches the first dimension of t and e");
            return true;
        }
        return Fail(op, "requires that pred is a scalar OR has the same rank as t and e OR is a vector");
    }

    /// <summary>VerifyShapeOperandAndResult for tf.Shape.</summary>
    public static bool Shape(Operation op)
    {
        if (op.GetResult(0).Type is not RankedTensorType result) return true;
        if (result.Rank != 1) return Fail(op, "requires 1D type for result");
        if (op.GetOperand(0).Type is RankedTensorType operand)
        {
            if (result.HasStaticShape && operand.Rank != 0 && result.Shape[0] != operand.Rank)
                return Fail(op, "requires dimension size of result to match rank of operand");
        }
        else if (result.HasStaticShape)
        {
            // Only a warning: shape inference may not have refined the operand yet.
            op.EmitWarning("has static shape result for unranked operand");
        }
        if (result.ElementType is not IntegerType { IsSignless: true, Width: 32 or 64 })
            return Fail(op, "requires int32 or int64 return type for result");
        return true;
    }

    /// <summary>TransposeOp::verify: a 1-D perm as long as x's rank, and y.shape[i] == x.shape[perm[i]] for a constant perm.</summary>
    public static bool Transpose(Operation op)
    {
        var perm = op.GetOperand(1).Type as RankedTensorType;
        var x = op.GetOperand(0).Type as RankedTensorType;
        var y = op.GetResult(0).Type as RankedTensorType;
        if (perm is not null && perm.Rank != 1) return Fail(op, $"expected perm to be a 1-D Tensor, got perm of rank {perm.Rank}");
        if (x is not null && y is not null && x.Rank != y.Rank)
            return Fail(op, $"x should be of the same rank with y, got x of rank {x.Rank}, and y of rank {y.Rank}");
        if (x is null || y is null || perm is null || !perm.HasStaticShape) return true;
        if (x.Rank != perm.NumElements)
            return Fail(op, $"expected perm to be a 1-D Tensor of size equal to the rank of x, got perm of size {perm.NumElements}, and x of rank {x.Rank}");
        if (TfConstants.IntElements(op.GetOperand(1)) is not { } values) return true;
        for (int i = 0; i < values.Length; i++)
        {
            long xIdx = values[i];
            int rank = x.Rank;
            if (xIdx < -rank || xIdx >= rank) return Fail(op, $"perm[{i}]={xIdx} must be in range [-{rank}, {rank})");
            if (xIdx < 0) xIdx += rank;
            long yDim = y.Shape[i], xDim = x.Shape[(int)xIdx];
            if (yDim != ShapedType.Dynamic && xDim != ShapedType.Dynamic && yDim != xDim)
                return Fail(op, $"requires y.shape[{i}] ({yDim}) to be equal to x.shape[perm[{xIdx}]] ({xDim})");
        }
        return true;
    }

    /// <summary>SqueezeOp::verify: every squeeze dimension within [-rank, rank).</summary>
    public static bool Squeeze(Operation op)
    {
        if (op.GetOperand(0).Type is not RankedTensorType input) return true;
        if (op.GetAttr("squeeze_dims") is not ArrayAttr dims) return true;
        foreach (var d in dims.Elements.OfType<IntegerAttr>())
        {
            long dim = (long)d.Value;
            if (dim < -input.Rank || dim >= input.Rank)
                return Fail(op, $"squeeze dimension {dim} not in [{-input.Rank}, {input.Rank})");
        }
        return true;
    }

    /// <summary>BatchToSpaceNDOp::verify: crops of shape [block rank, 2] when both shapes are static.</summary>
    public static bool BatchToSpaceND(Operation op)
    {
        if (op.GetOperand(1).Type is not ShapedType { HasStaticShape: true } block
            || op.GetOperand(2).Type is not ShapedType { HasStaticShape: true } crops) return true;
        long blockRank = block.Shape.Count > 0 ? block.Shape[0] : 0;
        if (crops.Rank != 2 || crops.Shape[0] != blockRank || crops.Shape[1] != 2)
            return Fail(op, $"crops should have shape [{blockRank}, 2] instead of {string.Join(", ", crops.Shape)}");
        return true;
    }

    /// <summary>SpaceToBatchNDOp::verify.</summary>
    public static bool SpaceToBatchND(Operation op)
    {
        var input = (ShapedType)op.GetOperand(0).Type;
        var block = (ShapedType)op.GetOperand(1).Type;
        var paddings = (ShapedType)op.GetOperand(2).Type;
        if (!IsOfRankOrUnranked(block, 1)) return Fail(op, $"requires rank of block_shape = 1; got {block.Rank}");
        if (!IsOfRankOrUnranked(paddings, 2)) return Fail(op, $"requires rank of paddings = 2; got {paddings.Rank}");
        if (paddings.HasStaticShape && paddings.Shape[1] != 2) return Fail(op, $"requires paddings.shape[1] to be 2; got {paddings.Shape[1]}");
        if (block.HasStaticShape && paddings.HasStaticShape && block.Shape[0] != paddings.Shape[0])
            return Fail(op, "requires block_shape.shape[0] must equal paddings.shape[0]");
        long blockRank = block.HasStaticShape ? block.Shape[0] : paddings.HasStaticShape ? paddings.Shape[0] : -1;
        if (blockRank == -1) return true;
        if (input.HasRank && input.Rank < 1 + blockRank) return Fail(op, "requires rank of input >= 1 + rank of block");

        var blockValues = TfConstants.IntElements(op.GetOperand(1));
        if (blockValues is not null)
            for (int i = 0; i < blockValues.Length; i++)
                if (blockValues[i] < 1) return Fail(op, $"requires all values of block_shape to be >= 1; failed for dimension {i}");
        var padValues = TfConstants.IntElements(op.GetOperand(2));
        if (padValues is not null)
            for (int i = 0; i < blockRank && 2 * i + 1 < padValues.Length; i++)
                if (padValues[2 * i] < 0 || padValues[2 * i + 1] < 0)
                    return Fail(op, $"requires all values of paddings to be >= 0; failed for dimension {i}");
        if (input.HasStaticShape && blockValues is not null && padValues is not null)
            for (int i = 0; i < blockRank; i++)
                if ((input.Shape[1 + i] + padValues[2 * i] + padValues[2 * i + 1]) % blockValues[i] != 0)
                    return Fail(op, $"requires block_shape[i] divides input_shape[i + 1] + paddings[i, 0] + paddings[i, 1]; failed for i={i}");
        return true;
    }
}
