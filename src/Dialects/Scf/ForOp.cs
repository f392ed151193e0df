namespace Lce.Dialects.Scf;

using Lce.IR;

/// <summary>
/// `scf.for [unsigned] %i = %lb to %ub step %s [iter_args(%a = %x) -> (t)] [: type] { ... }`
/// (MLIR's hand-written ForOp::parse/print). The yield is printed only with iter_args.
/// </summary>
internal static class ForOp
{
    internal static void Parse(IOpAsmParser p, OperationState state)
    {
        var ctx = p.Context;
        if (p.ParseOptionalKeyword("unsigned")) state.AddProperty("unsignedCmp", UnitAttr.Get(ctx));
        var iv = p.ParseArgument(allowType: false);
        p.ParseEqual();
        var lb = p.ParseOperand();
        p.ParseKeyword("to");
        var ub = p.ParseOperand();
        p.ParseKeyword("step");
        var step = p.ParseOperand();

        var iterArgs = new List<RegionArgument>();
        var inits = new List<UnresolvedOperand>();
        bool hasIterArgs = p.ParseOptionalKeyword("iter_args");
        if (hasIterArgs)
        {
            if (!ScfOps.ParseOptionalAssignmentList(p, iterArgs, inits)) p.ParsePunct("(");
            state.Types.AddRange(p.ParseArrowTypeList());
        }
        if (iterArgs.Count != state.Types.Count)
            throw p.Error(p.NameLocation, "mismatch in number of loop-carried values and defined values");

        IRType type = p.ParseOptionalColon() ? p.ParseType() : IndexType.Get(ctx);
        var regionArgs = new List<RegionArgument> { iv with { Type = type } };
        for (int i = 0; i < iterArgs.Count; i++) regionArgs.Add(iterArgs[i] with { Type = state.Types[i] });

        var body = state.AddRegion();
        p.ParseRegion(body, regionArgs);
        ScfOps.EnsureTerminator(ctx, body, state.Location);

        state.Operands.Add(p.ResolveOperand(lb, type));
        state.Operands.Add(p.ResolveOperand(ub, type));
        state.Operands.Add(p.ResolveOperand(step, type));
        for (int i = 0; i < inits.Count; i++) state.Operands.Add(p.ResolveOperand(inits[i], state.Types[i]));
        p.ParseOptionalAttrDict(state.Attributes);
    }

    internal static void Print(Operation op, IOpAsmPrinter p)
    {
        var body = op.GetRegion(0);
        var block = body.Blocks[0];
        var inits = op.Operands.Skip(3).ToList();
        if (op.GetProp("unsignedCmp") is not null) p.Write(" unsigned");
        p.Write(' ');
        p.PrintOperand(block.GetArgument(0));
        p.Write(" = ");
        p.PrintOperand(op.GetOperand(0));
        p.Write(" to ");
        p.PrintOperand(op.GetOperand(1));
        p.Write(" step ");
        p.PrintOperand(op.GetOperand(2));
        ScfOps.PrintInitializationList(p, block.Arguments.Skip(1).ToList(), inits, " iter_args");
        if (inits.Count > 0)
        {
            p.Write(" -> (");
            p.PrintTypes(inits.Select(v => v.Type));
            p.Write(')');
        }
        p.Write(' ');
        var ivType = block.GetArgument(0).Type;
        if (ivType is not IndexType)
        {
            p.Write(" : ");
            p.PrintType(ivType);
            p.Write(' ');
        }
        p.PrintRegion(body, printEntryBlockArgs: false, printBlockTerminators: inits.Count > 0);
        p.PrintOptionalAttrDict(Merged(op), ["unsignedCmp"]);
    }

    internal static DictionaryAttr Merged(Operation op) =>
        op.Properties is null || op.Properties.IsEmpty ? op.Attributes
            : DictionaryAttr.Get(op.Context, op.Properties.Entries.Concat(op.Attributes.Entries));

    /// <summary>ODS AllTypesMatch on the bounds and ForOp::verify.</summary>
    internal static bool Verify(Operation op)
    {
        var (lb, ub, step) = (op.GetOperand(0).Type, op.GetOperand(1).Type, op.GetOperand(2).Type);
        if (!ReferenceEquals(lb, ub) || !ReferenceEquals(lb, step))
        {
            op.EmitOpError("failed to verify that all of {lowerBound, upperBound, step} have same type");
            return false;
        }
        if (op.NumOperands - 3 != op.NumResults)
        {
            op.EmitOpError("mismatch in number of loop-carried values and defined values");
            return false;
        }
        return true;
    }

    /// <summary>
    /// MLIR's LoopLikeOpInterface verification, in its order and words: counts of inits, region
    /// iter_args, yielded values and results, then their types. As in MLIR 22, the index in the
    /// loop-result message stays 0 (its counter is only advanced after that loop).
    /// </summary>
    private static bool VerifyLoopLike(Operation op, Block block)
    {
        int inits = op.NumOperands - 3, iterArgs = block.NumArguments - 1;
        var yield = block.LastOp is { Name: ScfOps.YieldName } y ? y : null;
        int yielded = yield?.NumOperands ?? 0;
        string? error =
            inits != iterArgs ? $"different number of inits and region iter_args: {inits} != {iterArgs}"
            : yielded != 0 && iterArgs != yielded ? $"different number of region iter_args and yielded values: {iterArgs} != {yielded}"
            : op.NumResults != iterArgs ? $"different number of loop results and region iter_args: {op.NumResults} != {iterArgs}"
            : null;
        for (int i = 0; error is null && i < inits; i++)
        {
            IRType init = op.GetOperand(3 + i).Type, arg = block.GetArgument(1 + i).Type;
            if (!ReferenceEquals(init, arg)) error = $"{i}-th init and {i}-th region iter_arg have different type: '{init}' != '{arg}'";
            else if (yield is not null && yielded != 0 && !ReferenceEquals(arg, yield.GetOperand(i).Type))
                error = $"{i}-th region iter_arg and {i}-th yielded value have different type: '{arg}' != '{yield.GetOperand(i).Type}'";
        }
        for (int i = 0; error is null && i < iterArgs; i++)
            if (!ReferenceEquals(block.GetArgument(1 + i).Type, op.GetResult(i).Type))
                error = $"0-th region iter_arg and 0-th loop result have different type: '{block.GetArgument(1 + i).Type}' != '{op.GetResult(i).Type}'";
        if (error is null) return true;
        op.EmitOpError(error);
        return false;
    }

    /// <summary>ForOp::verifyRegions plus the implicit-terminator and yield checks.</summary>
    internal static bool VerifyRegions(Operation op)
    {
        if (!ScfOps.VerifyImplicitTerminators(op)) return false;
        var body = op.GetRegion(0);
        if (body.IsEmpty) return true;
        var block = body.Blocks[0];
        if (block.NumArguments > 0 && !VerifyLoopLike(op, block)) return false;
        if (block.NumArguments == 0 || !ReferenceEquals(block.GetArgument(0).Type, op.GetOperand(0).Type))
        {
            op.EmitOpError("expected induction variable to be same type as bounds and step");
            return false;
        }
        if (block.NumArguments - 1 != op.NumResults)
        {
            op.EmitOpError("mismatch in number of basic block args and defined values");
            return false;
        }
        for (int i = 0; i < op.NumResults; i++)
        {
            if (!ReferenceEquals(op.GetOperand(3 + i).Type, op.GetResult(i).Type))
            {
                op.EmitOpError($"types mismatch between {i}th iter operand and defined value");
                return false;
            }
            if (!ReferenceEquals(block.GetArgument(1 + i).Type, op.GetResult(i).Type))
            {
                op.EmitOpError($"types mismatch between {i}th iter region arg and defined value");
                return false;
            }
        }
        if (block.LastOp is { Name: ScfOps.YieldName } yield)
            for (int i = 0; i < Math.Min(yield.NumOperands, block.NumArguments - 1); i++)
            {
                var (iterType, yieldType) = (block.GetArgument(1 + i).Type, yield.GetOperand(i).Type);
                if (!ReferenceEquals(iterType, yieldType))
                {
                    op.EmitOpError($"{i}-th region iter_arg and {i}-th yielded value have different type: '{iterType}' != '{yieldType}'");
                    return false;
                }
            }
        return ScfOps.VerifyYieldsToParent(op, [0], "Region #0", block.Arguments.Skip(1).Select(a => a.Type).ToList());
    }
}
