namespace Lce.Dialects.Tfl;

using Lce.IR;
using Lce.IR.Traits;
using static TflElement;

public sealed partial class TflDialect
{
    /// <summary>
    /// tfl.add/sub/mul/div: broadcasting binary arithmetic with a fused activation, TF's
    /// one-result custom syntax, and constant folding when the activation is NONE.
    /// </summary>
    private void DefineBinaryOps()
    {
        Binary("add", [F32, I16, I32, I64, QI8, QUI8, QI16], commutative: true, sameElementTypes: false, BinaryConstFold.Add);
        Binary("sub", [F32, I32, I64, QI8, QUI8, QI16], commutative: false, sameElementTypes: true, BinaryConstFold.Sub);
        Binary("mul", [F32, I32, UI32, I64, QI8, QUI8, QI16, I16, ComplexF32], commutative: true, sameElementTypes: true, BinaryConstFold.Mul);
        Binary("div", [F32, I32, QUI8], commutative: false, sameElementTypes: true, BinaryConstFold.Div);
    }

    private void Binary(string mnemonic, TflElement[] elements, bool commutative, bool sameElementTypes,
        Func<Operation, IReadOnlyList<IRAttribute?>, IReadOnlyList<object>?> fold)
    {
        var def = Op(mnemonic).Counts(2, 1)
            .Operand("lhs", TflConstraints.TensorOf(elements))
            .Operand("rhs", TflConstraints.TensorOf(elements))
            .Attr("fused_activation_function", TflConstraints.Activation)
            .Result("output", TflConstraints.TensorOf(elements))
            .Trait(Pure.Instance)
            .Parser(OneResultSyntax.Parse)
            .Printer(OneResultSyntax.Print)
            .Verify(op => (!sameElementTypes || TflVerify.OperandsSameElementType(op, "binary op"))
                && Broadcast.VerifyResultsBroadcastable(op))
            .Fold(fold);
        if (commutative) def.Trait(Commutative.Instance);
    }

    /// <summary>tfl.greater/greater_equal/less/less_equal: broadcasting comparisons producing i1 tensors.</summary>
    private void DefineComparisons()
    {
        Comparison("greater", [F32, I32, I64, QUI8, QI8, Quint8]);
        Comparison("greater_equal", [F32, I16, I32, I64, QUI8, QI8]);
        Comparison("less", [F32, I16, I32, I64, QUI8, QI8, Quint8]);
        Comparison("less_equal", [F32, I32, I64, QI8, QUI8]);
    }

    private void Comparison(string mnemonic, TflElement[] elements) =>
        Op(mnemonic).Counts(2, 1)
            .Operand("lhs", TflConstraints.TensorOf(elements))
            .Operand("rhs", TflConstraints.TensorOf(elements))
            .Result("output", TflConstraints.TensorOf(I1))
            .Trait(Pure.Instance)
            .Parser(OneResultSyntax.Parse)
            .Printer(OneResultSyntax.Print)
            .Verify(op => TflVerify.OperandsSameElementType(op, "comparison op") && Broadcast.VerifyResultsBroadcastable(op));
}
