namespace Lce.Dialects.Scf;

using Lce.IR;
using Lce.IR.Traits;

/// <summary>Helpers shared by the scf ops: implicit `scf.yield` terminators and assignment lists.</summary>
internal static class ScfOps
{
    public const string YieldName = "scf.yield";

    /// <summary>
    /// SingleBlockImplicitTerminator::ensureTerminator: gives an empty region a block and
    /// appends `scf.yield` unless the last block already ends with a (registered) terminator.
    /// </summary>
    public static void EnsureTerminator(IRContext ctx, Region region, Location loc)
    {
        if (region.IsEmpty) region.AddBlock();
        var block = region.Blocks[^1];
        if (block.LastOp is { } last && last.HasTrait<IsTerminator>()) return;
        block.Append(new OperationState(ctx, YieldName, loc).Create());
    }

    /// <summary>`(%c) attr-dict (%a, %b : t1, t2)?` of scf.condition (the i1 type is implied).</summary>
    public static void ParseCondition(IOpAsmParser p, OperationState state)
    {
        p.ParsePunct("(");
        state.Operands.Add(p.ResolveOperand(p.ParseOperand(), IntegerType.Get(p.Context, 1)));
        p.ParsePunct(")");
        p.ParseOptionalAttrDict(state.Attributes);
        var args = p.ParseOperandList();
        if (args.Count > 0) p.ResolveOperands(args, p.ParseColonTypeList(), p.CurrentLocation, state.Operands);
    }

    /// <summary>`(%a = %x, %b = %y)`: region arguments (untyped yet) and the operands they are initialized with.</summary>
    public static bool ParseOptionalAssignmentList(IOpAsmParser p, List<RegionArgument> args, List<UnresolvedOperand> operands)
    {
        if (!p.ParseOptionalPunct("(")) return false;
        if (p.ParseOptionalPunct(")")) return true;
        do
        {
            args.Add(p.ParseArgument(allowType: false));
            p.ParseEqual();
            operands.Add(p.ParseOperand());
        } while (p.ParseOptionalComma());
        p.ParsePunct(")");
        return true;
    }

    /// <summary>printInitializationList: `prefix(%arg = %init, ...)`, nothing when empty.</summary>
    public static void PrintInitializationList(IOpAsmPrinter p, IReadOnlyList<BlockArgument> args, IReadOnlyList<Value> inits, string prefix)
    {
        if (inits.Count == 0) return;
        p.Write(prefix);
        p.Write('(');
        for (int i = 0; i < inits.Count; i++)
        {
            if (i > 0) p.Write(", ");
            p.PrintOperand(args[i]);
            p.Write(" = ");
            p.PrintOperand(inits[i]);
        }
        p.Write(')');
    }

    /// <summary>SingleBlockImplicitTerminator's region check: each non-empty region ends with `scf.yield`.</summary>
    public static bool VerifyImplicitTerminators(Operation op)
    {
        for (int i = 0; i < op.NumRegions; i++)
        {
            var region = op.GetRegion(i);
            if (region.IsEmpty) continue;
            var block = region.Blocks[0];
            if (block.LastOp is not { } last)
            {
                var d = op.EmitOpError("expects a non-empty block");
                return false;
            }
            if (last.Name != YieldName)
            {
                var d = op.EmitOpError($"expects regions to end with '{YieldName}', found '{last.Name}'");
                d.AttachNote($"in custom textual format, the absence of terminator implies '{YieldName}'");
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// RegionBranchOpInterface's check of the edges from the `scf.yield` terminators of the given
    /// regions to <paramref name="target"/> ("parent", or "Region #0" for a loop body): operand
    /// counts and types must match <paramref name="inputs"/> (the parent's results by default).
    /// </summary>
    public static bool VerifyYieldsToParent(Operation op, int[] regions, string target = "parent", IReadOnlyList<IRType>? inputs = null)
    {
        var expected = inputs ?? op.ResultTypes.ToList();
        foreach (int r in regions)
        {
            if (r >= op.NumRegions || op.GetRegion(r).IsEmpty) continue;
            if (op.GetRegion(r).Blocks[0].LastOp is not { Name: YieldName } term) continue;
            var edge = $"along control flow edge from Operation {YieldName} to {target}: ";
            if (term.NumOperands != expected.Count)
            {
                op.EmitOpError($"{edge}region branch point has {term.NumOperands} operands, but region successor needs {expected.Count} inputs")
                    .AttachNote("region branch point", term.Location);
                return false;
            }
            for (int i = 0; i < expected.Count; i++)
            {
                var from = term.GetOperand(i).Type;
                if (!ReferenceEquals(from, expected[i]))
                {
                    op.EmitOpError($"{edge}successor operand type #{i} '{from}' should match successor input type #{i} '{expected[i]}'")
                        .AttachNote("region branch point", term.Location);
                    return false;
                }
            }
        }
        return true;
    }
}
