namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>ConcatV2 (values joined along a scalar axis) and Cast (element type conversion).</summary>
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

    /// <summary>The checks of VerifyConcatOpCommon that need no shape inference: two or more values, a scalar axis.</summary>
    private static bool VerifyConcatV2(Operation op)
    {
        int values = op.NumOperands - 1;
        if (values < 2) return Fail(op, $"requires at least 2 values, but got {values}");
        if (!TfTypeUtil.IsOfRankOrUnranked(op.GetOperand(values).Type, 0)) return Fail(op, "requires axis to be of scalar type");
        return true;
    }
}
