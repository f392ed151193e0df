namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

/// <summary>
/// Legalizes one op at a time (MLIR's OperationLegalizer): an op the target finds legal is
/// done; otherwise it is folded or rewritten by a pattern, and everything the pattern created
/// or changed is legalized recursively. A pattern whose result cannot be legalized is rolled
/// back and the next one is tried. Patterns are ordered by a cost model: fewest legalization
/// steps to reach legal ops first, then higher benefit.
/// </summary>
internal sealed partial class OperationLegalizer
{
    private readonly ConversionTarget _target;
    private readonly PatternApplicator _applicator;
    /// <summary>Patterns on the current recursion stack (each may appear once unless it declares bounded recursion).</summary>
    private readonly HashSet<RewritePattern> _appliedPatterns = new(ReferenceEqualityComparer.Instance);

    public OperationLegalizer(ConversionTarget target, FrozenRewritePatternSet patterns)
    {
        _target = target;
        _applicator = new PatternApplicator(patterns);
        var anyOp = new List<RewritePattern>();
        var byRoot = new Dictionary<string, List<RewritePattern>>(StringComparer.Ordinal);
        BuildLegalizationGraph(patterns, anyOp, byRoot);
        ComputeLegalizationGraphBenefit(anyOp, byRoot);
    }

    public ConversionTarget Target => _target;

    public bool IsIllegal(Operation op) => _target.IsIllegal(op);

    public bool Legalize(Operation op, ConversionPatternRewriter rewriter)
    {
        var impl = rewriter.Impl;
        if (impl.IsOpIgnored(op)) return true;
        if (_target.IsLegal(op) is { } details)
        {
            if (details.IsRecursivelyLegal)
                op.Walk(nested => { if (!ReferenceEquals(nested, op)) impl.IgnoredOps.Add(nested); });
            return true;
        }
        var mode = rewriter.Config.FoldingMode;
        if (mode == ConversionFoldingMode.BeforePatterns && LegalizeWithFold(op, rewriter)) return true;
        if (LegalizeWithPattern(op, rewriter)) return true;
        return mode == ConversionFoldingMode.AfterPatterns && LegalizeWithFold(op, rewriter);
    }

    private bool LegalizeWithFold(Operation op, ConversionPatternRewriter rewriter)
    {
        // Nothing to try without a fold hook (saves snapshotting the op).
        if (op.HasTrait<Traits.ConstantLike>() || op.Definition?.Folder is null) return false;
        var impl = rewriter.Impl;
        try
        {
            var state = impl.CurrentState;
            var opName = op.Name;
            rewriter.SetInsertionPoint(op);
            rewriter.StartOpModification(op);
            var replacements = new List<Value>();
            var newConstants = new List<Operation>();
            if (!OpFolding.TryFold(rewriter, op, replacements, newConstants))
            {
                rewriter.CancelOpModification(op);
                return false;
            }
            rewriter.FinalizeOpModification(op);
            // An in-place fold changed the op: it needs a fresh legalization.
            if (replacements.Count == 0) return Legalize(op, rewriter);
            rewriter.ReplaceOp(op, replacements);
            foreach (var constant in newConstants)
            {
                if (Legalize(constant, rewriter)) continue;
                if (!rewriter.Config.AllowPatternRollback)
                    throw new InvalidOperationException($"op '{opName}' folder rollback of IR modifications requested");
                impl.ResetState(state, opName + " folder");
                return false;
            }
            return true;
        }
        finally
        {
            impl.PatternNewOps.Clear();
            impl.PatternModifiedOps.Clear();
            impl.PatternInsertedBlocks.Clear();
        }
    }

    private bool LegalizeWithPattern(Operation op, ConversionPatternRewriter rewriter)
    {
        var impl = rewriter.Impl;
        var config = rewriter.Config;
        var state = impl.CurrentState;

        bool CanApply(RewritePattern pattern)
        {
            // A pattern already applying further up the stack could recurse forever.
            if (!pattern.HasBoundedRewriteRecursion && !_appliedPatterns.Add(pattern)) return false;
            config.Listener?.NotifyPatternBegin(pattern, op);
            return true;
        }

        void OnFailure(RewritePattern pattern)
        {
            impl.PatternNewOps.Clear();
            impl.PatternModifiedOps.Clear();
            impl.PatternInsertedBlocks.Clear();
            config.Listener?.NotifyPatternEnd(pattern, false);
            impl.ResetState(state, pattern.DebugName);
            _appliedPatterns.Remove(pattern);
        }

        bool OnSuccess(RewritePattern pattern)
        {
            var newOps = impl.PatternNewOps.TakeAll();
            var modifiedOps = impl.PatternModifiedOps.TakeAll();
            var insertedBlocks = impl.PatternInsertedBlocks.TakeAll();
            bool ok = LegalizePatternResult(op, rewriter, newOps, modifiedOps, insertedBlocks);
            _appliedPatterns.Remove(pattern);
            if (!ok)
            {
                if (!config.AllowPatternRollback) throw NewIrNotLegalizable(pattern, newOps, modifiedOps, insertedBlocks);
                impl.ResetState(state, pattern.DebugName);
            }
            config.Listener?.NotifyPatternEnd(pattern, ok);
            return ok;
        }

        return _applicator.MatchAndRewrite(op, rewriter, CanApply, OnFailure, OnSuccess);
    }

    private static InvalidOperationException NewIrNotLegalizable(RewritePattern pattern, List<Operation> newOps,
        List<Operation> modifiedOps, List<Block> insertedBlocks) =>
        new($"pattern '{pattern.DebugName}' produced IR that could not be legalized. new ops: {{{string.Join(", ", newOps.Select(o => o.Name))}}}, " +
            $"modified ops: {{{string.Join(", ", modifiedOps.Select(o => o.Name))}}}, " +
            $"inserted block into ops: {{{string.Join(", ", insertedBlocks.Select(b => b.ParentOp?.Name ?? "(detached block)"))}}}");

    private bool LegalizePatternResult(Operation op, ConversionPatternRewriter rewriter, List<Operation> newOps,
        List<Operation> modifiedOps, List<Block> insertedBlocks) =>
        LegalizePatternBlockRewrites(op, rewriter, insertedBlocks, newOps)
        && modifiedOps.All(m => Legalize(m, rewriter))
        && newOps.All(n => Legalize(n, rewriter));

    /// <summary>
    /// Blocks a pattern created or moved outside the op it rewrote get their signature
    /// converted (when their region has a converter) or their parent op re-legalized.
    /// </summary>
    private bool LegalizePatternBlockRewrites(Operation op, ConversionPatternRewriter rewriter, List<Block> insertedBlocks, List<Operation> newOps)
    {
        var impl = rewriter.Impl;
        var alreadyLegalized = new HashSet<Operation>(ReferenceEqualityComparer.Instance);
        var newOpSet = new HashSet<Operation>(newOps, ReferenceEqualityComparer.Instance);
        foreach (var block in insertedBlocks)
        {
            var parentOp = block.ParentOp;
            if (parentOp is null || ReferenceEquals(parentOp, op) || block.NumArguments == 0) continue;
            if (impl.RegionToConverter.TryGetValue(block.Parent!, out var converter))
            {
                if (converter.ConvertBlockSignature(block) is not { } conversion) return false;
                impl.ApplySignatureConversion(rewriter, block, converter, conversion);
                continue;
            }
            if (!newOpSet.Contains(parentOp) && alreadyLegalized.Add(parentOp) && !Legalize(parentOp, rewriter)) return false;
        }
        return true;
    }
}
