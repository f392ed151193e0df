namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

internal enum ConversionMode { Partial, Full, Analysis }

/// <summary>
/// Runs one conversion (MLIR's OperationConverter): collects the ops, legalizes each, then
/// commits the logged rewrites, folds away the casts the driver inserted where possible and
/// turns the remaining ones into the type converter's materializations.
/// </summary>
internal sealed class OperationConverter(ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig config, ConversionMode mode)
{
    private readonly OperationLegalizer _legalizer = new(target, patterns);

    public bool ConvertOperations(IReadOnlyList<Operation> ops)
    {
        var toConvert = new List<Operation>();
        foreach (var op in ops) CollectPreOrder(op, toConvert);

        var rewriter = new ConversionPatternRewriter(ops[0].Context, config);
        var impl = rewriter.Impl;
        foreach (var op in toConvert)
        {
            if (Convert(rewriter, op)) continue;
            if (config.AllowPatternRollback) impl.UndoRewrites();
            else impl.ApplyRewrites();
            return false;
        }
        // An analysis only asks what could be legalized; its IR is a throwaway clone.
        impl.ApplyRewrites();

        var allCasts = impl.UnresolvedMaterializations.Keys.ToList();
        var remaining = new List<Operation>();
        UnrealizedCasts.Reconcile(allCasts, remaining);
        foreach (var cast in remaining) cast.RemoveAttr(ConversionRewriterImpl.PureTypeConversionMarker);
        if (!config.BuildMaterializations) return true;
        var materializer = new RewriterBase(impl.Context, config.Listener);
        foreach (var cast in remaining)
            if (!LegalizeUnresolvedMaterialization(materializer, cast, impl.UnresolvedMaterializations[cast])) return false;
        return true;
    }

    /// <summary>Pre-order walk with blocks in depth-first successor order; recursively legal ops hide their bodies.</summary>
    private void CollectPreOrder(Operation op, List<Operation> result)
    {
        result.Add(op);
        if (target.IsLegal(op) is { IsRecursivelyLegal: true }) return;
        foreach (var region in op.Regions)
        {
            if (region.EntryBlock is not { } entry) continue;
            foreach (var block in DepthFirstBlocks(entry))
                foreach (var nested in block.Operations) CollectPreOrder(nested, result);
        }
    }

    /// <summary>Blocks reachable from <paramref name="entry"/>, each before its successors, successors in order.</summary>
    private static List<Block> DepthFirstBlocks(Block entry)
    {
        var order = new List<Block>();
        var visited = new HashSet<Block> { entry };
        var stack = new Stack<(Block Block, int Next)>();
        order.Add(entry);
        stack.Push((entry, 0));
        while (stack.Count > 0)
        {
            var (block, next) = stack.Pop();
            var succs = block.LastOp is { } term ? term.Successors.ToList() : [];
            for (int i = next; i < succs.Count; i++)
            {
                if (!visited.Add(succs[i])) continue;
                stack.Push((block, i + 1));
                order.Add(succs[i]);
                stack.Push((succs[i], 0));
                break;
            }
        }
        return order;
    }

    private bool Convert(ConversionPatternRewriter rewriter, Operation op)
    {
        if (!_legalizer.Legalize(op, rewriter))
        {
            switch (mode)
            {
                case ConversionMode.Full:
                    op.EmitError($"failed to legalize operation '{op.Name}'");
                    return false;
                case ConversionMode.Partial:
                    if (_legalizer.IsIllegal(op))
                    {
                        op.EmitError($"failed to legalize operation '{op.Name}' that was explicitly marked illegal");
                        return false;
                    }
                    config.UnlegalizedOps?.Add(op);
                    break;
            }
        }
        else if (mode == ConversionMode.Analysis)
        {
            config.LegalizableOps?.Add(op);
        }
        return true;
    }

    /// <summary>Replaces a surviving cast by the converter's source or target materialization, or reports it.</summary>
    private static bool LegalizeUnresolvedMaterialization(RewriterBase rewriter, Operation cast, MaterializationInfo info)
    {
        var inputs = cast.Operands.ToList();
        if (info.Converter is { } converter)
        {
            rewriter.SetInsertionPoint(cast);
            IReadOnlyList<Value>? materialized = null;
            var resultTypes = cast.ResultTypes.ToList();
            if (info.Kind == MaterializationKind.Target)
                materialized = converter.MaterializeTargetConversion(rewriter, cast.Location, resultTypes, inputs, info.OriginalType);
            else if (converter.MaterializeSourceConversion(rewriter, cast.Location, resultTypes[0], inputs) is { } v)
                materialized = [v];
            if (materialized is not null)
            {
                rewriter.ReplaceOp(cast, materialized);
                return true;
            }
        }
        // Types in diagnostics are quoted, as MLIR's diagnostic arguments print them.
        var diag = cast.EmitError($"failed to legalize unresolved materialization from ({Quoted(inputs.Select(i => i.Type))}) " +
            $"to ({Quoted(cast.ResultTypes)}) that remained live after conversion");
        var user = cast.Results.SelectMany(r => r.Users).First();
        diag.AttachNote("see existing live user here: " + Printing.AsmPrinter.OperationToString(user), user.Location);
        return false;
    }

    private static string Quoted(IEnumerable<IRType> types) => string.Join(", ", types.Select(t => $"'{Printing.AsmPrinter.TypeToString(t)}'"));
}
