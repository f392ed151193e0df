namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>tfl.reshape, tfl.squeeze, tfl.transpose, tfl.concatenation and tfl.mean.</summary>
    private void DefineShapeOps()
    {
        Op("reshape").Counts(2, 1)
            .Operand("input", TflConstraints.AnyTensor)
            .Operand("shape", TflConstraints.TensorOf(I32))
            .Result("output", TflConstraints.AnyTensor)
            .Trait(Pure.Instance)
            .Verify(Reshape.Verify)
            .Fold(Reshape.Fold)
            .Canonicalization("RemoveAdjacentReshape", Reshape.RemoveAdjacentReshape)
            .Canonicalization("ConvertShapeTo1D", Reshape.ConvertShapeTo1D);

        Op("squeeze").Counts(1, 1)
            .Operand("input", TflConstraints.AnyTensor)
            .OptionalAttr("squeeze_dims", TflConstraints.I64ArrayMax8)
            .Result("output", TflConstraints.AnyTensor)
            .Trait(Pure.Instance)
            .Fold((op, _) => op.GetOperand(0).Type is RankedTensorType t && ReferenceEquals(t, op.GetResult(0).Type)
                ? [op.GetOperand(0)] : null);

        TflElement[] transposeTypes = [I32, F32, I8, UI8, QI8, QUI8, Quint8, I1, I64, QI16];
        Op("transpose").Counts(2, 1)
            .Operand("input", TflConstraints.TensorOf(transposeTypes))
            .Operand("perm", TflConstraints.TensorOf(I32))
            .Result("output", TflConstraints.TensorOf(transposeTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.OperandHasRankAtMost(op, 0, 6)
                && TflVerify.OperandHasRank(op, 1, 1)
                && TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type")
                && Transpose.Verify(op))
            .Fold(Transpose.Fold);

        TflElement[] concatTypes = [F32, I64, I32, I16, I8, QI8, QUI8, UI8, UI32, I1];
        Op("concatenation").Counts(null, 1)
            .VariadicOperand("values", TflConstraints.VariadicTensorOf(concatTypes))
            .Attr("axis", TflConstraints.I32Attr)
            .Attr("fused_activation_function", TflConstraints.Activation)
            .Result("output", TflConstraints.TensorOf(concatTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "values and output must have same element type")
                && Concatenation.Verify(op))
            .Fold(Concatenation.Fold);

        TflElement[] meanTypes = [F32, I32, I64, QI8, QUI8, UI8, QI16];
        Op("mean").Counts(2, 1)
            .Operand("input", TflConstraints.TensorOf(meanTypes))
            .Operand("axis", TflConstraints.TensorOf(I32))
            .Attr("keep_dims", TflConstraints.BoolAttr)
            .Result("output", TflConstraints.TensorOf(meanTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type"));
    }

    /// <summary>tfl.pad and tfl.padv2 (constant fill value), folded away when the shape does not change.</summary>
    private void DefinePadding()
    {
        TflElement[] padTypes = [F32, I32, I64, QI8, QUI8, Quint8, QI16];
        Op("pad").Counts(2, 1)
            .Operand("input", TflConstraints.TensorOf(padTypes))
            .Operand("padding", TflConstraints.TensorOf(I32OrI64))
            .Result("output", TflConstraints.TensorOf(padTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type")
                && PaddingChecks(op))
            .Fold(FoldIdentityPad);

        TflElement[] padV2Types = [F32, I32, I64, UI8, QI8, QUI8, Quint8];
        Op("padv2").Counts(3, 1)
            .Operand("input", TflConstraints.TensorOf(padV2Types))
            .Operand("padding", TflConstraints.TensorOf(I32OrI64))
            .Operand("constant_values", TflConstraints.TensorOf(padV2Types))
            .Result("output", TflConstraints.TensorOf(padV2Types))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type")
                && TflVerify.OperandHasRankAtMost(op, 0, 5)
                && TflVerify.OperandHasRank(op, 1, 2)
                && TflVerify.OperandHasRank(op, 2, 0)
                && TflVerify.OperandRankEqualsDimOfOperand(op, 0, 1)
                && TflVerify.OperandDimAtMost(op, 1, 0, 5, "the first dim size of the padding argument must be at most 5")
                && TflVerify.OperandElementTypesMatch(op, 0, 2, "input and constant value operands must have same element type"))
            .Fold(FoldIdentityPad);
    }

    private static bool PaddingChecks(Operation op) =>
        TflVerify.OperandHasRankAtMost(op, 0, 5)
        && TflVerify.OperandHasRank(op, 1, 2)
        && TflVerify.OperandRankEqualsDimOfOperand(op, 0, 1)
        && TflVerify.OperandDimAtMost(op, 1, 0, 5, "the first dim size of the padding argument must be at most 5");

    /// <summary>Pad/PadV2 fold: a static input whose type equals the result's is returned unpadded.</summary>
    private static IReadOnlyList<object>? FoldIdentityPad(Operation op, IReadOnlyList<IRAttribute?> _) =>
        op.GetOperand(0).Type is ShapedType { HasStaticShape: true } t && ReferenceEquals(t, op.GetResult(0).Type)
            ? [op.GetOperand(0)] : null;
}
