namespace Lce.Dialects.Cf;

using System.Globalization;
using System.Numerics;
using Lce.IR;

/// <summary>
/// `cf.switch %flag : i32, [ default: ^bb1(%x : i64), 42: ^bb2 ]` (ODS format with the
/// SwitchOpCases custom directive). Case values are printed as unsigned numbers of the flag's
/// width, one case per line; without cases the `]` follows the default destination directly.
/// </summary>
internal static class SwitchOp
{
    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var flag = p.ParseOperand();
        p.ParseColon();
        var flagType = p.ParseType();
        state.Operands.Add(p.ResolveOperand(flag, flagType));
        p.ParseComma();
        p.ParsePunct("[");
        p.ParseKeyword("default");
        p.ParseColon();
        int before = state.Operands.Count;
        state.Successors.Add(p.ParseSuccessorAndUseList(state.Operands));
        int defaultCount = state.Operands.Count - before;

        var values = new List<BigInteger>();
        var caseCounts = new List<int>();
        while (p.ParseOptionalComma())
        {
            values.Add(p.ParseInteger());
            p.ParseColon();
            before = state.Operands.Count;
            state.Successors.Add(p.ParseSuccessorAndUseList(state.Operands));
            caseCounts.Add(state.Operands.Count - before);
        }
        p.ParsePunct("]");
        p.ParseOptionalAttrDict(state.Attributes);

        var ctx = p.Context;
        state.AddProperty("case_operand_segments", DenseArrayAttr.GetI32(ctx, caseCounts));
        if (values.Count > 0) state.AddProperty("case_values", CfOps.CaseValuesAttr(ctx, flagType, values));
        state.AddProperty("operandSegmentSizes", DenseArrayAttr.GetI32(ctx, [1, defaultCount, caseCounts.Sum()]));
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        var flag = op.GetOperand(0);
        p.Write(' ');
        p.PrintOperand(flag);
        p.Write(" : ");
        p.PrintType(flag.Type);
        p.Write(", [");
        p.PrintNewline();
        p.Write("  default: ");
        p.PrintSuccessorAndUseList(CfOps.DefaultDest(op), CfOps.DefaultOperands(op));
        var values = CfOps.CaseValues(op);
        if (values is not null)
        {
            var dests = CfOps.CaseDests(op);
            for (int i = 0; i < values.Count; i++)
            {
                p.Write(',');
                p.PrintNewline();
                p.Write("  ");
                p.Write(CfOps.Unsigned(values[i], flag.Type).ToString(CultureInfo.InvariantCulture));
                p.Write(": ");
                p.PrintSuccessorAndUseList(dests[i], CfOps.CaseOperands(op, i));
            }
            p.PrintNewline();
        }
        p.Write(']');
        p.PrintOptionalAttrDict(op.Attributes);
    }

    internal static bool Verify(Operation op)
    {
        var caseValues = op.GetProp("case_values") as DenseElementsAttr;
        int caseDests = op.NumSuccessors - 1;
        if (caseValues is not null || caseDests != 0)
        {
            var flagType = op.GetOperand(0).Type;
            var caseType = caseValues?.ShapedType.ElementType;
            if (!ReferenceEquals(caseType, flagType))
            {
                op.EmitOpError($"'flag' type ({flagType}) should match case value type ({caseType})");
                return false;
            }
            if (caseValues is not null && caseValues.NumElements != caseDests)
            {
                op.EmitOpError($"number of case values ({caseValues.NumElements}) should match number of case destinations ({caseDests})");
                return false;
            }
        }
        if (!CfDialect.VerifySuccessorOperands(op, 0, CfOps.DefaultOperands(op))) return false;
        for (int i = 0; i < caseDests; i++)
            if (!CfDialect.VerifySuccessorOperands(op, i + 1, CfOps.CaseOperands(op, i))) return false;
        return true;
    }
}
