using Lce.IR;
using Lce.IR.Passes;
using Lce.IR.Rewrite;

namespace Lce.Transforms;

/// <summary>
/// `canonicalize` (MLIR's Canonicalizer): folds ops and applies every dialect's and op's
/// canonicalization patterns with the greedy driver, on the regions of the op it runs on.
/// Patterns are collected once per pass instance: loaded dialects by namespace, then
/// registered ops by name, as MLIR orders them.
/// </summary>
public sealed class CanonicalizePass : Pass
{
    private readonly Option<bool> _topDown;
    private readonly Option<GreedySimplifyRegionLevel> _regionSimplify;
    private readonly Option<long> _maxIterations;
    private readonly Option<long> _maxNumRewrites;
    private readonly Option<bool> _testConvergence;
    private readonly ListOption<string> _disabledPatterns;
    private readonly ListOption<string> _enabledPatterns;

    private readonly object _freezeLock = new();
    private (IRContext Context, FrozenRewritePatternSet Patterns)? _frozen;

    public CanonicalizePass()
    {
        _topDown = Option("top-down", "Seed the worklist in general top-down order", true);
        _regionSimplify = Option("region-simplify", "Perform control flow optimizations to the region tree", GreedySimplifyRegionLevel.Normal)
            .WithChoices(("disabled", GreedySimplifyRegionLevel.Disabled), ("normal", GreedySimplifyRegionLevel.Normal),
                ("aggressive", GreedySimplifyRegionLevel.Aggressive));
        _maxIterations = Option("max-iterations", "Max. iterations between applying patterns / simplifying regions", 10L);
        _maxNumRewrites = Option("max-num-rewrites", "Max. number of pattern rewrites within an iteration", -1L);
        _testConvergence = Option("test-convergence", "Test only: Fail pass on non-convergence to detect cyclic pattern", false);
        _disabledPatterns = ListOption<string>("disable-patterns", "Labels of patterns that should be filtered out during application");
        _enabledPatterns = ListOption<string>("enable-patterns", "Labels of patterns that should be used during application, all other patterns are filtered out");
    }

    public override string Argument => "canonicalize";
    public override string Name => "Canonicalizer";
    public override string Description => "Canonicalize operations";

    public GreedyRewriteConfig Config => new()
    {
        UseTopDownTraversal = _topDown.Value,
        RegionSimplificationLevel = _regionSimplify.Value,
        MaxIterations = _maxIterations.Value,
        MaxNumRewrites = _maxNumRewrites.Value,
    };

    protected override void RunOnOperation()
    {
        var op = Operation;
        var patterns = PatternsFor(op.Context);
        bool converged = GreedyPatternRewriteDriver.ApplyPatternsGreedily(op, patterns, Config, out _);
        // Canonicalization is best effort: not converging only fails when testing for it.
        if (_testConvergence.Value && !converged) SignalPassFailure();
    }

    /// <summary>Per-thread copies share the frozen patterns, which are immutable.</summary>
    public override Pass Clone()
    {
        var copy = (CanonicalizePass)base.Clone();
        lock (_freezeLock) copy._frozen = _frozen;
        return copy;
    }

    private FrozenRewritePatternSet PatternsFor(IRContext ctx)
    {
        lock (_freezeLock)
        {
            if (_frozen is { } f && ReferenceEquals(f.Context, ctx)) return f.Patterns;
            var patterns = CollectCanonicalizationPatterns(ctx);
            var frozen = patterns.Freeze(_disabledPatterns.Values, _enabledPatterns.Values);
            _frozen = (ctx, frozen);
            return frozen;
        }
    }

    /// <summary>Every dialect's patterns (dialects by namespace), then every registered op's (ops by name).</summary>
    public static RewritePatternSet CollectCanonicalizationPatterns(IRContext ctx)
    {
        var set = new RewritePatternSet(ctx);
        AddCanonicalizationPatterns(set);
        return set;
    }

    /// <summary>Adds the canonicalization patterns to <paramref name="set"/> (for passes that run them with their own).</summary>
    public static void AddCanonicalizationPatterns(RewritePatternSet set)
    {
        var dialects = set.Context.Dialects.ToList();
        foreach (var d in dialects) d.GetCanonicalizationPatterns(set);
        var ops = dialects.SelectMany(d => d.Operations).OrderBy(o => o.Name, StringComparer.Ordinal);
        foreach (var def in ops) def.GetCanonicalizationPatterns(set);
    }
}
