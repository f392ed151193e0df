namespace Lce.IR.Rewrite;

/// <summary>
/// Applies rewrite patterns and folding greedily until a fixed point (MLIR's
/// GreedyPatternRewriteDriver.cpp, LLVM 22). Each entry point returns whether the rewrite
/// converged; <c>changed</c> tells whether the IR was modified.
/// </summary>
public static class GreedyPatternRewriteDriver
{
    /// <summary>
    /// Rewrites the ops nested in <paramref name="region"/> (whose parent op should be isolated
    /// from above): iterations of seeding, worklist processing and region simplification until
    /// nothing changes or <see cref="GreedyRewriteConfig.MaxIterations"/> is reached.
    /// </summary>
    public static bool ApplyPatternsGreedily(Region region, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config, out bool changed)
    {
        config = config?.Clone() ?? new GreedyRewriteConfig();
        config.Scope ??= region;
        var ctx = region.Owner?.Context ?? throw new ArgumentException("the region must belong to an operation", nameof(region));
        var driver = new RegionDriver(ctx, patterns, config, region);
        try { return driver.Simplify(out changed); }
        finally { driver.Release(); }
    }

    public static bool ApplyPatternsGreedily(Region region, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config = null) =>
        ApplyPatternsGreedily(region, patterns, config, out _);

    /// <summary>Rewrites each region of <paramref name="op"/> in turn (not the op itself); converged if every region did.</summary>
    public static bool ApplyPatternsGreedily(Operation op, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config, out bool changed)
    {
        bool converged = true;
        changed = false;
        foreach (var region in op.Regions)
        {
            converged &= ApplyPatternsGreedily(region, patterns, config, out bool regionChanged);
            changed |= regionChanged;
        }
        return converged;
    }

    public static bool ApplyPatternsGreedily(Operation op, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config = null) =>
        ApplyPatternsGreedily(op, patterns, config, out _);

    /// <summary>
    /// Rewrites the given ops (and, depending on <see cref="GreedyRewriteConfig.Strictness"/>, the
    /// ops the rewrites create or touch) with one worklist pass; no region simplification.
    /// Converged when the worklist was emptied; <paramref name="allErased"/> tells whether none of
    /// the given ops survived.
    /// </summary>
    public static bool ApplyOpPatternsGreedily(IReadOnlyList<Operation> ops, FrozenRewritePatternSet patterns,
        GreedyRewriteConfig? config, out bool changed, out bool allErased)
    {
        if (ops.Count == 0) { changed = false; allErased = true; return true; }
        config = config?.Clone() ?? new GreedyRewriteConfig();
        config.Scope ??= FindCommonAncestor(ops);
        var driver = new MultiOpDriver(ops[0].Context, patterns, config, ops);
        try { return driver.Simplify(ops, out changed, out allErased); }
        finally { driver.Release(); }
    }

    public static bool ApplyOpPatternsGreedily(IReadOnlyList<Operation> ops, FrozenRewritePatternSet patterns, GreedyRewriteConfig? config = null) =>
        ApplyOpPatternsGreedily(ops, patterns, config, out _, out _);

    /// <summary>The closest region containing every op; null when one of them is top-level.</summary>
    private static Region? FindCommonAncestor(IReadOnlyList<Operation> ops)
    {
        var region = ops[0].ParentRegion;
        if (ops.Count == 1) return region;
        var remaining = new HashSet<Operation>(ops.Skip(1));
        while (region is not null)
        {
            remaining.RemoveWhere(o => region.IsAncestorOf(o));
            if (remaining.Count == 0) break;
            region = region.Owner?.ParentRegion;
        }
        return region;
    }

    /// <summary>Simplifies all ops in one region, then the region's CFG, iteration after iteration.</summary>
    private sealed class RegionDriver : GreedyDriverBase
    {
        private readonly Region _region;

        public RegionDriver(IRContext ctx, FrozenRewritePatternSet patterns, GreedyRewriteConfig config, Region region)
            : base(ctx, patterns, config)
        {
            _region = region;
            if (config.Strictness != GreedyRewriteStrictness.AnyOp)
                EarlyIncWalk.Walk(region, op => { StrictModeFilteredOps.Add(op); return WalkResult.Advance; }, WalkOrder.PostOrder);
        }

        public bool Simplify(out bool changed)
        {
            bool continueRewrites = false;
            long iteration = 0;
            var ctx = Rewriter.Context;
            do
            {
                if (++iteration > Config.MaxIterations && Config.MaxIterations != GreedyRewriteConfig.NoLimit) break;
                Worklist.Clear();
                Seed(new OperationFolder(ctx, this));

                continueRewrites = false;
                // Unreachable code may hold IR (e.g. `%x = arith.addi %x, %x`) that patterns must not see.
                continueRewrites |= RegionSimplification.EraseUnreachableBlocks(Rewriter, [_region]);
                continueRewrites |= ProcessWorklist();
                if (Config.RegionSimplificationLevel != GreedySimplifyRegionLevel.Disabled)
                    continueRewrites |= RegionSimplification.SimplifyRegions(Rewriter, [_region],
                        mergeBlocks: Config.RegionSimplificationLevel == GreedySimplifyRegionLevel.Aggressive);
            } while (continueRewrites);
            changed = iteration > 1;
            return !continueRewrites;
        }

        /// <summary>
        /// Queues every op of the region. Constants are registered with the folder first, which
        /// erases duplicates and hoists the rest, so processing does not reverse their order.
        /// </summary>
        private void Seed(OperationFolder folder)
        {
            // True when the op was a duplicate constant (now erased) and must not be queued.
            bool ErasedAsDuplicate(Operation op) =>
                Config.EnableConstantCSE && Matchers.MatchConstant(op, out var value) && !folder.InsertKnownConstant(op, value);

            if (!Config.UseTopDownTraversal)
            {
                EarlyIncWalk.Walk(_region, op =>
                {
                    if (!ErasedAsDuplicate(op)) AddToWorklist(op);
                    return WalkResult.Advance;
                }, WalkOrder.PostOrder);
                return;
            }
            EarlyIncWalk.Walk(_region, op =>
            {
                if (ErasedAsDuplicate(op)) return WalkResult.Skip;
                AddToWorklist(op);
                return WalkResult.Advance;
            }, WalkOrder.PreOrder);
            // Popping from the back then processes ops in walk order.
            Worklist.Reverse();
        }
    }

    /// <summary>Simplifies a list of ops with a single worklist pass.</summary>
    private sealed class MultiOpDriver : GreedyDriverBase
    {
        private readonly HashSet<Operation> _survivingOps;

        public MultiOpDriver(IRContext ctx, FrozenRewritePatternSet patterns, GreedyRewriteConfig config, IReadOnlyList<Operation> ops)
            : base(ctx, patterns, config)
        {
            if (config.Strictness != GreedyRewriteStrictness.AnyOp) StrictModeFilteredOps.UnionWith(ops);
            _survivingOps = new HashSet<Operation>(ops);
        }

        public override void NotifyOperationErased(Operation op)
        {
            base.NotifyOperationErased(op);
            _survivingOps.Remove(op);
        }

        public bool Simplify(IReadOnlyList<Operation> ops, out bool changed, out bool allErased)
        {
            foreach (var op in ops) AddSingleOpToWorklist(op);
            changed = ProcessWorklist();
            allErased = _survivingOps.Count == 0;
            return Worklist.IsEmpty;
        }
    }
}
