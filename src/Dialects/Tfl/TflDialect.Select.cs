namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>
    /// tfl.select (no shape constraint: TF leaves them out because TF models often have
    /// unranked operands), tfl.select_v2 (broadcasting), tfl.maximum, tfl.sign and
    /// tfl.broadcast_to, in generic form as TF prints them.
    /// </summary>
    private void DefineSelectAndFriends()
    {
        TflElement[] selectTypes = [F32, I1, I8, I16, I32, I64, UI32, QI8, QUI8, QI16, Quint8];
        Op("select").Counts(3, 1)
            .Operand("condition", TflConstraints.TensorOf(I1))
            .Operand("x", TflConstraints.TensorOf(selectTypes))
            .Operand("y", TflConstraints.TensorOf(selectTypes))
            .Result("output", TflConstraints.TensorOf(selectTypes))
            .Trait(Pure.Instance)
            .Verify(VerifySelectElements);

        Op("select_v2").Counts(3, 1)
            .Operand("condition", TflConstraints.TensorOf(I1))
            .Operand("x", TflConstraints.TensorOf(selectTypes))
            .Operand("y", TflConstraints.TensorOf(selectTypes))
            .Result("output", TflConstraints.TensorOf(selectTypes))
            .Trait(Pure.Instance)
            .Verify(op => VerifySelectElements(op) && Broadcast.VerifyResultsBroadcastable(op));

        TflElement[] maxTypes = [F32, I32OrI64, QI8, QUI8, QI16];
        Op("maximum").Counts(2, 1)
            .Operand("lhs", TflConstraints.TensorOf(maxTypes))
            .Operand("rhs", TflConstraints.TensorOf(maxTypes))
            .Result("max", TflConstraints.TensorOf(maxTypes))
            .Trait(Pure.Instance, Commutative.Instance)
            .Verify(Broadcast.VerifyResultsBroadcastable);

        TflElement[] signTypes = [F32, F64, I32];
        Op("sign").Counts(1, 1)
            .Operand("x", TflConstraints.TensorOf(signTypes))
            .Result("output", TflConstraints.TensorOf(signTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.SameOperandsAndResultShape(op) && SameOperandsAndResultElementType(op));

        TflElement[] broadcastTypes = [F32, I32, I1, I8, QI8, UI8, QUI8, I16, QI16, I64, ComplexF32];
        Op("broadcast_to").Counts(2, 1)
            .Operand("input", TflConstraints.TensorOf(broadcastTypes))
            .Operand("shape", TflConstraints.TensorOf(I32OrI64))
            .Result("output", TflConstraints.TensorOf(broadcastTypes))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type")
                && TflVerify.OperandHasRankAtMost(op, 0, 8)
                && TflVerify.OperandHasRank(op, 1, 1)
                && TflVerify.OperandDimAtMost(op, 1, 0, 8, "output dimension count must be at most 8"));
    }

    /// <summary>Select's PredOpTraits: x and y share an element type, and the result has x's.</summary>
    private static bool VerifySelectElements(Operation op) =>
        TflVerify.OperandElementTypesMatch(op, 1, 2, "operands have same element type")
        && TflVerify.ResultElementTypeMatchesOperand(op, 0, 1, "operands and result have same element type");

    /// <summary>MLIR's SameOperandsAndResultElementType.</summary>
    private static bool SameOperandsAndResultElementType(Operation op)
    {
        var element = TypeUtil.ElementTypeOrSelf(op.GetResult(0).Type);
        foreach (var t in op.OperandTypes.Concat(op.ResultTypes))
        {
            if (ReferenceEquals(TypeUtil.ElementTypeOrSelf(t), element)) continue;
            op.EmitOpError("requires the same element type for all operands and results");
            return false;
        }
        return true;
    }
}
