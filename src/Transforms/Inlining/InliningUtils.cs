using Lce.IR;

namespace Lce.Transforms.Inlining;

/// <summary>
/// Places the blocks of a callable region between the block holding the call and the block
/// split off after it: a copy when <c>shouldClone</c>, else the blocks themselves.
/// </summary>
public delegate void InlineCloneCallback(Region src, Block inlineBlock, Block postInsertBlock, IRMapping mapper, bool shouldClone);

/// <summary>Inlining of a callable region at a call site (MLIR's InliningUtils).</summary>
public static class InliningUtils
{
    /// <summary>MLIR's default clone callback: the new blocks go right after the call's block.</summary>
    public static void DefaultCloneCallback(Region src, Block inlineBlock, Block postInsertBlock, IRMapping mapper, bool shouldClone)
    {
        var insertRegion = inlineBlock.Parent!;
        int index = insertRegion.IndexOf(postInsertBlock);
        if (shouldClone)
        {
            src.CloneInto(insertRegion, index, mapper);
            return;
        }
        src.MoveBlocksInto(insertRegion, index);
    }

    /// <summary>
    /// Replaces <paramref name="call"/>'s results by the inlined body of <paramref name="src"/>
    /// (the region of <paramref name="callable"/>); the call itself is left for the caller to
    /// erase. Returns false, with the IR unchanged, when inlining is not possible.
    /// </summary>
    public static bool InlineCall(InlinerInterface iface, InlineCloneCallback cloneCallback, Operation call,
        Operation callable, Region src, bool shouldClone)
    {
        if (src.IsEmpty) return false;
        var callIface = CallInterfaces.AsCall(call)!;
        var callableIface = CallInterfaces.AsCallable(callable)!;
        var entry = src.Blocks[0];
        var resultTypes = callableIface.GetResultTypes(callable);
        var operands = callIface.GetArgOperands(call);
        var results = call.Results.Cast<Value>().ToList();
        if (operands.Count != entry.NumArguments || results.Count != resultTypes.Count) return false;

        // Conversions built to reconcile call and callee types, undone on failure.
        var castOps = new List<Operation>();
        bool Cleanup()
        {
            foreach (var cast in castOps)
            {
                cast.GetResult(0).ReplaceAllUsesWith(cast.GetOperand(0));
                cast.Erase();
            }
            return false;
        }

        var castBuilder = new Builder(call.Context);
        castBuilder.SetInsertionPoint(call);
        var callDialect = iface.GetInterfaceFor(call);
        var mapper = new IRMapping();
        for (int i = 0; i < operands.Count; i++)
        {
            var operand = operands[i];
            var arg = entry.GetArgument(i);
            if (!ReferenceEquals(operand.Type, arg.Type)
                && Materialize(callDialect, castOps, castBuilder, operand, arg.Type, call.Location) is not { } converted)
                return Cleanup();
            else if (!ReferenceEquals(operand.Type, arg.Type)) operand = castOps[^1].GetResult(0);
            mapper.Map(arg, operand);
        }

        castBuilder.SetInsertionPointAfter(call);
        for (int i = 0; i < results.Count; i++)
        {
            var result = results[i];
            if (ReferenceEquals(result.Type, resultTypes[i])) continue;
            if (Materialize(callDialect, castOps, castBuilder, result, result.Type, call.Location) is not { } converted) return Cleanup();
            result.ReplaceAllUsesWith(converted);
            var castOp = converted.DefiningOp!;
            for (int k = 0; k < castOp.NumOperands; k++)
                if (ReferenceEquals(castOp.GetOperand(k), converted)) castOp.SetOperand(k, result);
        }

        if (!iface.IsLegalToInline(call, callable, shouldClone)) return Cleanup();
        if (!InlineRegion(iface, cloneCallback, src, call.ParentBlock!, call.NextNode, mapper, results, resultTypes,
                call.Location, shouldClone, call, callable))
            return Cleanup();
        return true;
    }

    private static Value? Materialize(DialectInlinerInterface? dialect, List<Operation> castOps, Builder builder,
        Value input, IRType type, Location loc)
    {
        if (dialect?.MaterializeCallConversion(builder, input, type, loc) is not { } cast) return null;
        castOps.Add(cast);
        return cast.GetResult(0);
    }

    /// <summary>
    /// Inlines <paramref name="src"/> before <paramref name="inlinePoint"/> in
    /// <paramref name="inlineBlock"/> (null: at its end). Entry arguments must be mapped in
    /// <paramref name="mapper"/>; <paramref name="resultsToReplace"/> take the returned values.
    /// </summary>
    public static bool InlineRegion(InlinerInterface iface, InlineCloneCallback cloneCallback, Region src,
        Block inlineBlock, Operation? inlinePoint, IRMapping mapper, IReadOnlyList<Value> resultsToReplace,
        IReadOnlyList<IRType> regionResultTypes, Location? inlineLoc, bool shouldClone,
        Operation? call = null, Operation? callable = null)
    {
        if (src.IsEmpty) return false;
        if (src.Blocks[0].Arguments.Any(a => !mapper.Contains(a))) return false;

        var insertRegion = inlineBlock.Parent!;
        if (!iface.IsLegalToInline(insertRegion, src, shouldClone, mapper) || !AllOpsLegal(iface, src, insertRegion, shouldClone, mapper))
            return false;

        var builder = new Builder(iface.Context);
        builder.SetInsertionPoint(inlineBlock, inlinePoint);
        bool withCall = call is not null && callable is not null && CallInterfaces.AsCallable(callable) is not null;
        if (withCall) HandleArguments(iface, builder, call!, callable!, mapper);

        var postInsertBlock = SplitBlock(inlineBlock, inlinePoint);
        cloneCallback(src, inlineBlock, postInsertBlock, mapper, shouldClone);

        int first = insertRegion.IndexOf(inlineBlock) + 1, end = insertRegion.IndexOf(postInsertBlock);
        var newBlocks = new List<Block>();
        for (int i = first; i < end; i++) newBlocks.Add(insertRegion.Blocks[i]);
        var firstNewBlock = newBlocks[0];

        if (inlineLoc is not null and not UnknownLoc) InlinedLocations.Remap(iface.Context, newBlocks, inlineLoc);
        if (!shouldClone) RemapOperands(newBlocks, mapper);

        if (call is not null) iface.ProcessInlinedCallBlocks(call, newBlocks);
        iface.ProcessInlinedBlocks(newBlocks);

        if (iface.AllowSingleBlockOptimization(newBlocks) && newBlocks.Count == 1)
        {
            var terminator = firstNewBlock.LastOp!;
            builder.SetInsertionPoint(terminator);
            if (withCall) HandleResults(iface, builder, call!, callable!, terminator.Operands.ToList());
            iface.HandleTerminator(terminator, resultsToReplace);
            terminator.Erase();
            postInsertBlock.MoveOpsTo(firstNewBlock);
            postInsertBlock.Erase();
        }
        else
        {
            for (int i = 0; i < resultsToReplace.Count; i++)
            {
                var replaced = resultsToReplace[i];
                var loc = replaced is OpResult r ? r.Owner.Location : ((BlockArgument)replaced).Location;
                replaced.ReplaceAllUsesWith(postInsertBlock.AddArgument(regionResultTypes[i], loc));
            }
            builder.SetInsertionPointToStart(postInsertBlock);
            if (withCall) HandleResults(iface, builder, call!, callable!, postInsertBlock.Arguments.Cast<Value>().ToList());
            foreach (var block in newBlocks) iface.HandleTerminator(block.LastOp!, postInsertBlock);
        }

        firstNewBlock.MoveOpsTo(inlineBlock);
        firstNewBlock.Erase();
        return true;
    }

    /// <summary>Every op of <paramref name="src"/> (and, where the dialect asks, of nested regions) may be inlined.</summary>
    private static bool AllOpsLegal(InlinerInterface iface, Region src, Region insertRegion, bool shouldClone, IRMapping mapper)
    {
        foreach (var block in src.Blocks)
            for (var op = block.FirstOp; op is not null; op = op.NextNode)
            {
                if (!iface.IsLegalToInline(op, insertRegion, shouldClone, mapper)) return false;
                if (iface.ShouldAnalyzeRecursively(op))
                    foreach (var region in op.Regions)
                        if (!AllOpsLegal(iface, region, insertRegion, shouldClone, mapper)) return false;
            }
        return true;
    }

    /// <summary>Moves the ops from <paramref name="before"/> on into a new block right after <paramref name="block"/>.</summary>
    private static Block SplitBlock(Block block, Operation? before)
    {
        var region = block.Parent!;
        var newBlock = new Block();
        region.InsertBlock(region.IndexOf(block) + 1, newBlock);
        for (var op = before; op is not null;)
        {
            var next = op.NextNode;
            op.Remove();
            newBlock.Append(op);
            op = next;
        }
        return newBlock;
    }

    private static void RemapOperands(List<Block> blocks, IRMapping mapper)
    {
        foreach (var block in blocks)
            foreach (var op in block.Operations)
                op.Walk(o =>
                {
                    foreach (var operand in o.OpOperands)
                        if (mapper.Contains(operand.Value)) operand.Set(mapper.Lookup(operand.Value));
                });
    }

    private static DictionaryAttr[] AttrsOf(IRContext ctx, ArrayAttr? array, int count)
    {
        var attrs = new DictionaryAttr[count];
        for (int i = 0; i < count; i++)
            attrs[i] = array is not null && i < array.Count && array[i] is DictionaryAttr d ? d : DictionaryAttr.Empty(ctx);
        return attrs;
    }

    private static void HandleArguments(InlinerInterface iface, Builder builder, Operation call, Operation callable, IRMapping mapper)
    {
        var region = CallInterfaces.GetCallableRegion(callable)!;
        var args = region.Blocks[0].Arguments;
        var attrs = AttrsOf(iface.Context, CallInterfaces.AsCallable(callable)!.GetArgAttrs(callable), args.Count);
        for (int i = 0; i < args.Count; i++)
            mapper.Map(args[i], iface.HandleArgument(builder, call, callable, mapper.Lookup(args[i]), attrs[i]));
    }

    private static void HandleResults(InlinerInterface iface, Builder builder, Operation call, Operation callable, List<Value> results)
    {
        var attrs = AttrsOf(iface.Context, CallInterfaces.AsCallable(callable)!.GetResAttrs(callable), results.Count);
        for (int i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var users = result.Users.ToHashSet();
            var replacement = iface.HandleResult(builder, call, callable, result, attrs[i]);
            // Only the uses that existed before the handler ran move to its value.
            if (!ReferenceEquals(replacement, result)) result.ReplaceUsesWithIf(replacement, u => users.Contains(u.Owner));
        }
    }
}
