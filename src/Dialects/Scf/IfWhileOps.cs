namespace Lce.Dialects.Scf;

using Lce.IR;

/// <summary>`scf.if %c [-> (t)] { ... } [else { ... }]`: yields print only when the op has results.</summary>
internal static class IfOp
{
    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        var then = state.AddRegion();
        var otherwise = state.AddRegion();
        var cond = p.ParseOperand();
        state.Operands.Add(p.ResolveOperand(cond, IntegerType.Get(ctx, 1)));
        state.Types.AddRange(p.ParseOptionalArrowTypeList());
        p.ParseRegion(then);
        ScfOps.EnsureTerminator(ctx, then, state.Location);
        if (p.ParseOptionalKeyword("else"))
        {
            p.ParseRegion(otherwise);
            ScfOps.EnsureTerminator(ctx, otherwise, state.Location);
        }
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        bool terminators = false;
        p.Write(' ');
        p.PrintOperand(op.GetOperand(0));
        if (op.NumResults > 0)
        {
            p.Write(" -> (");
            p.PrintTypes(op.ResultTypes);
            p.Write(')');
            terminators = true;
        }
        p.Write(' ');
        p.PrintRegion(op.GetRegion(0), printEntryBlockArgs: false, printBlockTerminators: terminators);
        if (!op.GetRegion(1).IsEmpty)
        {
            p.Write(" else ");
            p.PrintRegion(op.GetRegion(1), printEntryBlockArgs: false, printBlockTerminators: terminators);
        }
        p.PrintOptionalAttrDict(ForOp.Merged(op));
    }

    internal static bool Verify(Operation op)
    {
        for (int i = 0; i < 2; i++)
            if (!op.GetRegion(i).IsEmpty && op.GetRegion(i).Blocks[0].NumArguments != 0)
            {
                op.EmitOpError($"region #{i} should have no arguments");
                return false;
            }
        if (op.NumResults != 0 && op.GetRegion(1).IsEmpty)
        {
            op.EmitOpError("must have an else block if defining values");
            return false;
        }
        return true;
    }
}

/// <summary>`scf.while (%a = %x) : (t) -> (r) { ... scf.condition(%c) ... } do { ^bb0(...): ... }`.</summary>
internal static class WhileOp
{
    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var before = state.AddRegion();
        var after = state.AddRegion();
        var args = new List<RegionArgument>();
        var operands = new List<UnresolvedOperand>();
        ScfOps.ParseOptionalAssignmentList(p, args, operands);
        var typeLoc = p.CurrentLocation;
        p.ParseColon();
        var fn = p.ParseFunctionType();
        state.Types.AddRange(fn.Results);
        if (fn.Inputs.Count != operands.Count)
            throw p.Error(typeLoc, $"expected as many input types as operands (expected {operands.Count} got {fn.Inputs.Count})");
        p.ResolveOperands(operands, fn.Inputs.ToList(), p.CurrentLocation, state.Operands);
        for (int i = 0; i < args.Count; i++) args[i] = args[i] with { Type = fn.Inputs[i] };
        p.ParseRegion(before, args);
        p.ParseKeyword("do");
        p.ParseRegion(after);
        p.ParseOptionalAttrDictWithKeyword(state.Attributes);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        var before = op.GetRegion(0);
        var inits = op.Operands.ToList();
        if (!before.IsEmpty) ScfOps.PrintInitializationList(p, before.Blocks[0].Arguments.ToList(), inits, " ");
        p.Write(" : ");
        p.PrintFunctionalType(op);
        p.Write(' ');
        p.PrintRegion(before, printEntryBlockArgs: false);
        p.Write(" do ");
        p.PrintRegion(op.GetRegion(1));
        p.PrintOptionalAttrDictWithKeyword(op.Attributes);
    }

    internal static bool Verify(Operation op) =>
        Terminator(op, 0, "scf.condition", "expects the 'before' region to terminate with 'scf.condition'")
        && Terminator(op, 1, ScfOps.YieldName, "expects the 'after' region to terminate with 'scf.yield'");

    private static bool Terminator(Operation op, int region, string name, string message)
    {
        var r = op.GetRegion(region);
        if (r.IsEmpty)
        {
            op.EmitOpError(message);
            return false;
        }
        var block = r.Blocks[0];
        if (block.LastOp is { } last && last.Name == name) return true;
        var d = op.EmitOpError(message);
        if (block.LastOp is { } l) d.AttachNote("terminator here", l.Location);
        return false;
    }
}

/// <summary>`scf.execute_region [-> (t)] [no_inline] { ... }`: terminators always printed.</summary>
internal static class ExecuteRegionOp
{
    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        state.Types.AddRange(p.ParseOptionalArrowTypeList());
        if (p.ParseOptionalKeyword("no_inline")) state.AddProperty("no_inline", UnitAttr.Get(p.Context));
        p.ParseRegion(state.AddRegion());
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        var results = op.ResultTypes.ToList();
        if (results.Count > 0)
        {
            p.Write(" -> ");
            p.PrintArrowTypeList(results);
        }
        p.Write(' ');
        if (op.GetProp("no_inline") is not null) p.Write("no_inline ");
        p.PrintRegion(op.GetRegion(0), printEntryBlockArgs: false, printBlockTerminators: true);
        p.PrintOptionalAttrDict(ForOp.Merged(op), ["no_inline"]);
    }

    internal static bool Verify(Operation op)
    {
        var r = op.GetRegion(0);
        if (r.IsEmpty)
        {
            op.EmitOpError("region needs to have at least one block");
            return false;
        }
        if (r.Blocks[0].NumArguments > 0)
        {
            op.EmitOpError("region cannot have any arguments");
            return false;
        }
        return true;
    }
}
