namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>ConcatV2 (values joined along an axis) and Cast (element type conversion).</summary>
public sealed partial class TfDialect
{
    private void DefineConcatAndCast()
    {
        Op("ConcatV2").Counts(null, 1)
            .VariadicOperand("values", Tensor).Operand("axis", I32OrI64Tensor).Result("output", Tensor)
            .Trait(Pure.Instance)
            .Verify(VerifyConcatV2);

        // Cast with the same operand and result type folds to its operand (CastOp::fold).
        Op("Cast").Counts(1, 1).Operand("x", Tensor).Result("y", Tensor)
            .Attr("Truncate", BoolAttrC, ctx => IR.BoolAttr.Get(ctx, false))
            .Trait(Pure.Instance, Dialects.Traits.SameOperandsAndResultShape.Instance)
            .Fold((op, _) => ReferenceEquals(op.GetOperand(0).Type, op.GetResult(0).Type) ? [op.GetOperand(0)] : null);
    }

    /// <summary>
    /// ConcatV2Op::verify: an axis of rank 0 or 1 (unranked accepted), then the ranked values
    /// agree in rank and in every dimension but one (VerifyTypesCompatibility with one masked
    /// dimension: the first where sizes differ).
    /// </summary>
    private static bool VerifyConcatV2(Operation op)
    {
        int values = op.NumOperands - 1;
        if (values < 0) return true;
        if (op.GetOperand(values).Type is RankedTensorType { Rank: > 1 })
            return Fail(op, "requires axis to be of scalar type (or vector type for older versions)");
        int rank = -1;
        long[] dims = [];
        int masked = -1;
        for (int v = 0; v < values; v++)
        {
            if (op.GetOperand(v).Type is not RankedTensorType t) continue;
            if (rank < 0) { rank = t.Rank; dims = Enumerable.Repeat(ShapedType.Dynamic, rank).ToArray(); }
            else if (rank != t.Rank)
            {
                op.EmitError($"operand type {t} is not compatible with preceding operands; expected rank: {rank}");
                return false;
            }
            for (int i = 0; i < rank; i++)
            {
                long dim = t.Shape[i];
                if (i == masked || dim == ShapedType.Dynamic) continue;
                if (dims[i] == ShapedType.Dynamic) { dims[i] = dim; continue; }
                if (dims[i] == dim) continue;
                if (masked < 0) { masked = i; continue; }
                op.EmitError($"operand type {t} is not compatible with preceding operands; expected dimension at index {i}: {dims[i]}");
                return false;
            }
        }
        return true;
    }
}
