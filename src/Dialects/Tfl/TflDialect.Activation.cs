namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>Elementwise activations: same shape and element type in and out.</summary>
    private void DefineActivations()
    {
        Op("softmax").Counts(1, 1)
            .Operand("input", TflConstraints.TensorOf(F32, QI8, QUI8, Quint8, QI16))
            .Attr("beta", TflConstraints.F32Attr)
            .Result("output", TflConstraints.TensorOf(F32, QI8, QUI8, Quint8, QI16))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, "input and output must have same element type")
                && TflVerify.OperandHasRankAtLeast(op, 0, 1)
                && TflVerify.SameOperandsAndResultShape(op));

        Unary("relu", "x", "y", [F32, QUI8, QI8, QI16], "x and y must have same element type");
        Unary("relu6", "x", "y", [F32, QUI8, QI8], "x and y must have same element type");
        Unary("relu_n1_to_1", "x", "y", [F32, QUI8, QI8], "x and y must have same element type");
        Unary("tanh", "input", "output", [F32, QI8, QUI8, QI16, Quint8], "input and output must have same element type");
        Unary("logistic", "x", "y", [F32, QI8, QUI8, QI16, Quint8], "x and y must have same element type");
    }

    private void Unary(string mnemonic, string input, string output, TflElement[] elements, string sameTypeSummary) =>
        Op(mnemonic).Counts(1, 1)
            .Operand(input, TflConstraints.TensorOf(elements))
            .Result(output, TflConstraints.TensorOf(elements))
            .Trait(Pure.Instance)
            .Verify(op => TflVerify.ResultElementTypeMatchesOperand(op, 0, 0, sameTypeSummary)
                && TflVerify.SameOperandsAndResultShape(op));

    /// <summary>
    /// tfl.quantize (result type given by the `qtype` attribute) and tfl.dequantize. TF gives
    /// them NoMemoryEffect without speculatability: dead ones are erased.
    /// </summary>
    private void DefineQuantization()
    {
        Op("quantize").Counts(1, 1)
            .Operand("input", TflConstraints.TensorOf(F32, QI4, QI8, QUI8, QI16, Quint8))
            .Attr("qtype", TflConstraints.TensorTypeAttr)
            .Result("output", TflConstraints.TensorOf(QI4, QI8, QUI8, QI16, Quint8))
            .Trait(Pure.Instance, Traits.ConditionallySpeculatable.Instance)
            .Verify(TflVerify.SameOperandsAndResultShape);

        Op("dequantize").Counts(1, 1)
            .Operand("input", TflConstraints.TensorOf(QI4, QI8, QUI8, QI16, F16))
            .Result("output", TflConstraints.TensorOf(F32))
            .Trait(Pure.Instance, Traits.ConditionallySpeculatable.Instance);
    }
}
