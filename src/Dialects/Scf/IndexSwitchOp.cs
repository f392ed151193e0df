namespace Lce.Dialects.Scf;

using System.Globalization;
using Lce.IR;
using Lce.IR.Rewrite;

/// <summary>
/// `scf.index_switch %i [attr-dict] [-> types] (case N { ... })* default { ... }` (ODS format
/// with the custom SwitchCases directive). Region 0 is the default region, then one per case.
/// Only the default region gets an implicit `scf.yield`; it is printed only when it carries
/// operands or attributes.
/// </summary>
internal static class IndexSwitchOp
{
    public const string Name = "scf.index_switch";

    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var arg = p.ParseOperand();
        state.Operands.Add(p.ResolveOperand(arg, IndexType.Get(p.Context)));
        p.ParseOptionalAttrDict(state.Attributes);
        if (p.ParseOptionalArrow()) state.Types.AddRange(p.ParseTypeList());
        var defaultRegion = state.AddRegion();
        var cases = new List<long>();
        while (p.ParseOptionalKeyword("case"))
        {
            cases.Add((long)p.ParseInteger());
            p.ParseRegion(state.AddRegion());
        }
        state.AddProperty("cases", DenseArrayAttr.GetI64(p.Context, cases));
        p.ParseKeyword("default");
        p.ParseRegion(defaultRegion);
        ScfOps.EnsureTerminator(p.Context, defaultRegion, state.Location);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        p.Write(' ');
        p.PrintOperand(op.GetOperand(0));
        p.PrintOptionalAttrDict(op.Attributes);
        if (op.NumResults > 0)
        {
            p.Write(" -> ");
            p.PrintTypes(op.ResultTypes);
        }
        p.Write(' ');
        var cases = Cases(op);
        for (int i = 0; i < cases.Count && i + 1 < op.NumRegions; i++)
        {
            p.PrintNewline();
            p.Write("case ");
            p.Write(cases[i].ToString(CultureInfo.InvariantCulture));
            p.Write(' ');
            p.PrintRegion(op.GetRegion(i + 1), printEntryBlockArgs: false);
        }
        p.PrintNewline();
        p.Write("default ");
        var region = op.GetRegion(0);
        bool printTerminator = true;
        if (!region.IsEmpty && region.Blocks[0].Terminator is { } term)
            printTerminator = !term.Attributes.IsEmpty || term.NumOperands != 0 || term.NumResults != 0;
        p.PrintRegion(region, printEntryBlockArgs: true, printBlockTerminators: printTerminator);
    }

    public static List<long> Cases(Operation op)
    {
        var list = new List<long>();
        if (op.GetProp("cases") is DenseArrayAttr a)
            for (int i = 0; i < a.Size; i++) list.Add(BitConverter.ToInt64(a.ElementBytes(i)));
        return list;
    }

    internal static bool Verify(Operation op)
    {
        var cases = Cases(op);
        if (cases.Count != op.NumRegions - 1)
        {
            op.EmitOpError($"has {op.NumRegions - 1} case regions but {cases.Count} case values");
            return false;
        }
        var seen = new HashSet<long>();
        foreach (var c in cases)
            if (!seen.Add(c))
            {
                op.EmitOpError($"has duplicate case value: {c}");
                return false;
            }
        if (!VerifyRegion(op, op.GetRegion(0), "default region")) return false;
        for (int i = 1; i < op.NumRegions; i++)
            if (!VerifyRegion(op, op.GetRegion(i), $"case region #{i - 1}")) return false;
        return true;
    }

    private static bool VerifyRegion(Operation op, Region region, string name)
    {
        var last = region.IsEmpty ? null : region.Blocks[0].LastOp;
        if (last is not { Name: ScfOps.YieldName } yield)
        {
            op.EmitOpError($"expected region to end with scf.yield, but got {last?.Name}");
            return false;
        }
        if (yield.NumOperands != op.NumResults)
        {
            op.EmitOpError($"expected each region to return {op.NumResults} values, but {name} returns {yield.NumOperands}")
                .AttachNote("see yield operation here", yield.Location);
            return false;
        }
        for (int i = 0; i < op.NumResults; i++)
        {
            var (expected, actual) = (op.GetResult(i).Type, yield.GetOperand(i).Type);
            if (ReferenceEquals(expected, actual)) continue;
            op.EmitOpError($"expected result #{i} of each region to be {expected}")
                .AttachNote($"{name} returns {actual} here", yield.Location);
            return false;
        }
        return true;
    }

    /// <summary>FoldConstantCase: a constant index inlines the matching case (or the default region).</summary>
    public static bool FoldConstantCase(Operation op, PatternRewriter rw)
    {
        if (ConstantMatch.IntValue(op.GetOperand(0)) is not { } value) return false;
        var cases = Cases(op);
        int index = cases.IndexOf(value);
        var region = index >= 0 ? op.GetRegion(index + 1) : op.GetRegion(0);
        var source = region.Blocks[0];
        var terminator = source.LastOp!;
        var results = terminator.Operands.ToList();
        rw.InlineBlockBefore(source, op);
        rw.EraseOp(terminator);
        rw.ReplaceOp(op, results);
        return true;
    }
}
