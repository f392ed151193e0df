namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>
/// The ordered comparisons Greater, GreaterEqual, Less and LessEqual: two integer or float
/// tensors that broadcast together, compared element-wise into an i1 tensor. TF gives them no
/// folders and no verifier beyond their constraints and ResultsBroadcastableShape.
/// </summary>
public sealed partial class TfDialect
{
    private void DefineComparisons()
    {
        foreach (var name in (string[])["Greater", "GreaterEqual", "Less", "LessEqual"])
            Op(name).Counts(2, 1)
                .Operand("x", IntOrFloatTensor).Operand("y", IntOrFloatTensor).Result("z", BoolTensor)
                .Trait(Pure.Instance, ResultsBroadcastableShape.Instance);
    }

    /// <summary>TF_IntOrFpTensor.</summary>
    private static readonly TypeConstraint IntOrFloatTensor = TensorOf(AnyInt, AnyFloat);
}
