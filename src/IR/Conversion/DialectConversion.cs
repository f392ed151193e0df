namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// Entry points of the dialect conversion framework (MLIR's applyPartialConversion,
/// applyFullConversion, applyAnalysisConversion). Ops are visited in pre-order (blocks in
/// depth-first successor order, unreachable blocks skipped) and legalized one by one; if
/// one fails the conversion fails and, unless rollback is disabled, the IR is restored.
/// </summary>
public static class DialectConversion
{
    /// <summary>
    /// Converts as many ops as possible; ops that cannot be legalized stay unless the target
    /// marks them illegal ("failed to legalize operation 'x' that was explicitly marked illegal").
    /// </summary>
    public static bool ApplyPartialConversion(Operation op, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config = null) =>
        ApplyPartialConversion([op], target, patterns, config);

    public static bool ApplyPartialConversion(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config = null) =>
        Apply(ops, target, patterns, config ?? new ConversionConfig(), ConversionMode.Partial);

    /// <summary>Converts every op; any op that cannot be legalized fails the conversion ("failed to legalize operation 'x'").</summary>
    public static bool ApplyFullConversion(Operation op, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config = null) =>
        ApplyFullConversion([op], target, patterns, config);

    public static bool ApplyFullConversion(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config = null) =>
        Apply(ops, target, patterns, config ?? new ConversionConfig(), ConversionMode.Full);

    /// <summary>
    /// Finds which ops a conversion could legalize without changing the IR: a clone of the
    /// closest common isolated-from-above ancestor is converted, and the originals of the ops
    /// that legalized are put into <see cref="ConversionConfig.LegalizableOps"/>.
    /// </summary>
    public static bool ApplyAnalysisConversion(Operation op, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config = null) =>
        ApplyAnalysisConversion([op], target, patterns, config);

    public static bool ApplyAnalysisConversion(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig? config = null)
    {
        config ??= new ConversionConfig();
        if (ops.Count == 0) return true;
        var ancestor = CommonIsolatedAncestor(ops);
        var (clone, originals) = CloneWithInverseMap(ancestor);
        var cloneOf = originals.ToDictionary(kv => kv.Value, kv => kv.Key);
        var toConvert = ops.Select(o => cloneOf[o]).ToList();
        var found = new HashSet<Operation>();
        var analysisConfig = new ConversionConfig
        {
            NotifyCallback = config.NotifyCallback,
            LegalizableOps = found,
            BuildMaterializations = config.BuildMaterializations,
            AllowPatternRollback = config.AllowPatternRollback,
            FoldingMode = config.FoldingMode,
        };
        bool ok = Apply(toConvert, target, patterns, analysisConfig, ConversionMode.Analysis);
        if (config.LegalizableOps is { } legalizable)
            foreach (var op in found)
                if (originals.TryGetValue(op, out var original)) legalizable.Add(original);
        clone.DropAllReferences();
        return ok;
    }

    private static Operation CommonIsolatedAncestor(IReadOnlyList<Operation> ops)
    {
        foreach (var op in ops)
            if (op.ParentOp is null) return op;
        var common = IsolatedParent(ops[0]) ?? throw new InvalidOperationException("expected an isolated-from-above ancestor");
        foreach (var op in ops.Skip(1))
            while (ReferenceEquals(common, op) || !common.IsAncestorOf(op))
                common = IsolatedParent(common) ?? throw new InvalidOperationException("expected a common isolated-from-above ancestor");
        return common;
    }

    private static Operation? IsolatedParent(Operation op)
    {
        for (var p = op.ParentOp; p is not null; p = p.ParentOp)
            if (p.HasTrait<Traits.IsolatedFromAbove>()) return p;
        return null;
    }

    /// <summary>Clones <paramref name="op"/> and maps every cloned op back to its original (the clone walks in the same order).</summary>
    private static (Operation Clone, Dictionary<Operation, Operation> Originals) CloneWithInverseMap(Operation op)
    {
        var clone = op.Clone();
        var originalOps = new List<Operation>();
        var clonedOps = new List<Operation>();
        op.Walk(o => originalOps.Add(o), WalkOrder.PreOrder);
        clone.Walk(o => clonedOps.Add(o), WalkOrder.PreOrder);
        var originals = new Dictionary<Operation, Operation>();
        for (int i = 0; i < clonedOps.Count; i++) originals[clonedOps[i]] = originalOps[i];
        return (clone, originals);
    }

    private static bool Apply(IReadOnlyList<Operation> ops, ConversionTarget target, FrozenRewritePatternSet patterns, ConversionConfig config, ConversionMode mode)
    {
        if (ops.Count == 0) return true;
        var converter = new OperationConverter(target, patterns, config, mode);
        bool ok = converter.ConvertOperations(ops);
        PendingDiagnostic.Flush();
        return ok;
    }
}
