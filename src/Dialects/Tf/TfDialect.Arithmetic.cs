namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>The binary arithmetic ops (AddV2, Sub, Mul, Div, RealDiv) with broadcasting and TF's identity folds.</summary>
public sealed partial class TfDialect
{
    private void DefineArithmetic()
    {
        var addSub = TensorOf(Bfloat16, Complex128, Complex64, Float16, Float32, Float64, Int16, Int32, Int64, Int8, Uint16, Uint32, Uint64, Uint8);
        Binary("AddV2", addSub, identity: 0, commutative: true);
        Binary("Sub", addSub, identity: 0, commutative: false);
        Binary("Mul", TensorOf(Bfloat16, Bool, Complex128, Complex64, Float16, Float32, Float64, Int16, Int32, Int64, Int8, Uint16, Uint32, Uint64, Uint8),
            identity: 1, commutative: true);
        Binary("Div", NumberTensor, identity: 1, commutative: false);
        Binary("RealDiv", NumberTensor, identity: 1, commutative: false);
    }

    /// <summary>
    /// `z = x op y` with ResultsBroadcastableShape and one element type throughout; the commutative
    /// ones also move constants to the right when folding (MLIR's Commutative trait).
    /// </summary>
    private void Binary(string name, TypeConstraint type, int identity, bool commutative)
    {
        var def = Op(name).Counts(2, 1).Operand("x", type).Operand("y", type).Result("z", type);
        if (commutative) def.Trait(Commutative.Instance);
        def.Trait(Pure.Instance, ResultsBroadcastableShape.Instance, SameOperandsAndResultElementTypeResolveRef.Instance)
            .Fold((op, operands) => IdentityArithmeticFolder.Fold(op, operands, identity, commutative));
    }
}
