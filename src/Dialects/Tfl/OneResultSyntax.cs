namespace Lce.Dialects.Tfl;

using Lce.IR;

/// <summary>
/// TF's custom syntax of single-result elementwise ops (printOneResultOp /
/// parseOneResultSameOperandTypeOp): `tfl.sub %a, %b {fused_activation_function = "NONE"} : T`
/// when every operand has the result's type T; otherwise the generic form without the quoted
/// name, `tfl.add(%a, %b) {...} : (T1, T2) -> T`, which the parser also reads back.
/// </summary>
internal static class OneResultSyntax
{
    public static void Print(Operation op, IOpAsmPrinter p)
    {
        // An op with other than one result is invalid; printing it generically never fails.
        if (op.NumResults != 1 || op.OperandTypes.Any(t => !ReferenceEquals(t, op.GetResult(0).Type)))
        {
            p.PrintGenericOp(op, printOpName: false);
            return;
        }
        p.Write(' ');
        p.PrintOperands(op.Operands);
        p.PrintOptionalAttrDict(op.Attributes);
        p.Write(" : ");
        p.PrintType(op.GetResult(0).Type);
    }

    public static void Parse(IOpAsmParser p, OperationState state)
    {
        var loc = p.CurrentLocation;
        if (p.ParseOptionalPunct("("))
        {
            var ops = p.ParseOperandList();
            p.ParsePunct(")");
            p.ParseOptionalAttrDict(state.Attributes);
            p.ParseColon();
            var type = p.ParseType();
            if (type is not FunctionType fn) throw p.Error(loc, "expected function type");
            p.ResolveOperands(ops, fn.Inputs, loc, state.Operands);
            state.Types.AddRange(fn.Results);
            return;
        }
        var operands = p.ParseOperandList();
        p.ParseOptionalAttrDict(state.Attributes);
        var t = p.ParseColonType();
        p.ResolveOperands(operands, t, state.Operands);
        state.Types.Add(t);
    }
}
