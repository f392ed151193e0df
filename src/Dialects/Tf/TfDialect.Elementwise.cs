namespace Lce.Dialects.Tf;

using Lce.IR;
using Lce.IR.Traits;
using static TfConstraints;

/// <summary>Unary elementwise ops (Sign, LogicalNot, Relu, Relu6, Softmax) and the selects.</summary>
public sealed partial class TfDialect
{
    private void DefineElementwise()
    {
        Unary("Sign", TensorOf(Bfloat16, Complex128, Complex64, Float16, Float32, Float64, Int16, Int32, Int64, Int8), "x", "y", TfIdempotent.Instance);
        Unary("LogicalNot", BoolTensor, "x", "y", TfInvolution.Instance);
        Unary("Relu", TensorOf(Bfloat16, Float16, Float32, Float64, Int16, Int32, Int64, Int8, Qint8, Uint16, Uint32, Uint64, Uint8), "features", "activations",
            TfIdempotent.Instance);
        Unary("Relu6", TensorOf(AnyInt, AnyFloat), "features", "activations");
        Unary("Softmax", FloatTensor, "logits", "softmax").Verify(op =>
            TfTypeUtil.HasRankAtLeast(op.GetOperand(0).Type, 1) || Fail(op, "requires operand to have rank at least 1"));

        Op("Select").Counts(3, 1)
            .Operand("condition", BoolTensor).Operand("then_value", Tensor).Operand("else_value", Tensor).Result("output", Tensor)
            .Trait(Pure.Instance)
            .Verify(TfVerifiers.Select);
        Op("SelectV2").Counts(3, 1)
            .Operand("condition", BoolTensor).Operand("then_value", Tensor).Operand("else_value", Tensor).Result("output", Tensor)
            .Trait(Pure.Instance, ResultsBroadcastableShape.Instance);
    }

    /// <summary>`y = f(x)` with TF_SameOperandsAndResultTypeResolveRef (the result type is x's), after an optional folding trait.</summary>
    private OpDefinition Unary(string name, TypeConstraint type, string operand, string result, OpTrait? fold = null)
    {
        var def = Op(name).Counts(1, 1).Operand(operand, type).Result(result, type).Trait(Pure.Instance);
        if (fold is not null) def.Trait(fold);
        return def.Trait(SameOperandsAndResultTypeResolveRef.Instance);
    }

    /// <summary>emitOpError then failure, for verifier one-liners.</summary>
    internal static bool Fail(Operation op, string message)
    {
        op.EmitOpError(message);
        return false;
    }
}
