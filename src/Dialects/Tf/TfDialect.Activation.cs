namespace Lce.Dialects.Tf;

using Lce.IR;
using static TfConstraints;

/// <summary>Tanh and Sigmoid: float or complex tensors, the result of the operand's type.</summary>
public sealed partial class TfDialect
{
    private void DefineActivations()
    {
        var floatOrComplex = TensorOf(AnyFloat, AnyComplex);
        Unary("Tanh", floatOrComplex, "x", "y");
        Unary("Sigmoid", floatOrComplex, "x", "y");
    }
}
