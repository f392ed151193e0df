namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>Shape manipulation ops: Shape, BroadcastTo, Transpose, Reshape, ExpandDims, Squeeze, Pad, PadV2.</summary>
public sealed partial class TfDialect
{
    private void DefineShapeOps()
    {
        Op("Shape").Counts(1, 1).Operand("input", Tensor).Result("output", I32OrI64Tensor)
            .Trait(Pure.Instance).Verify(TfVerifiers.Shape).Fold((op, _) => TfFolds.Shape(op));
        Op("BroadcastTo").Counts(2, 1).Operand("input", Tensor).Operand("shape", I32OrI64Tensor).Result("output", Tensor)
            .Trait(Pure.Instance).Fold((op, operands) => TfFolds.BroadcastTo(op, operands));
        Op("Transpose").Counts(2, 1).Operand("x", Tensor).Operand("perm", I32OrI64Tensor).Result("y", Tensor)
            .Trait(Pure.Instance).Verify(TfVerifiers.Transpose).Fold((op, _) => TfFolds.Transpose(op));
        Op("Reshape").Counts(2, 1).Operand("tensor", Tensor).Operand("shape", I32OrI64Tensor).Result("output", Tensor)
            .Trait(Pure.Instance).Verify(ReshapeRules.Verify).Fold((op, _) => TfFolds.Reshape(op));
        Op("ExpandDims").Counts(2, 1).Operand("input", Tensor).Operand("dim", I32OrI64Tensor).Result("output", Tensor)
            .Trait(Pure.Instance);
        Op("Squeeze").Counts(1, 1).Operand("input", Tensor).Result("output", Tensor)
            .Attr("squeeze_dims", I64ArrayAttr, ctx => ArrayAttr.Get(ctx, []))
            .Trait(Pure.Instance).Verify(TfVerifiers.Squeeze);
        Op("Pad").Counts(2, 1).Operand("input", Tensor).Operand("paddings", I32OrI64Tensor).Result("output", Tensor)
            .Trait(Pure.Instance);
        Op("PadV2").Counts(3, 1).Operand("input", Tensor).Operand("paddings", I32OrI64Tensor).Operand("constant_values", Tensor)
            .Result("output", Tensor).Trait(Pure.Instance);
    }

    private void DefineSpatialOps()
    {
        Op("SpaceToBatchND").Counts(3, 1).Operand("input", Tensor).Operand("block_shape", I32OrI64Tensor).Operand("paddings", I32OrI64Tensor)
            .Result("output", Tensor).Trait(Pure.Instance).Verify(TfVerifiers.SpaceToBatchND);
        Op("BatchToSpaceND").Counts(3, 1).Operand("input", Tensor).Operand("block_shape", I32OrI64Tensor).Operand("crops", I32OrI64Tensor)
            .Result("output", Tensor).Trait(Pure.Instance).Verify(TfVerifiers.BatchToSpaceND);
    }
}
