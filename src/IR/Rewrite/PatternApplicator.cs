namespace Lce.IR.Rewrite;

/// <summary>
/// Tries the patterns of a frozen set on one op, best benefit first (MLIR's PatternApplicator
/// with the default cost model): root-specific and any-op patterns are interleaved by
/// benefit, root-specific first on ties, each list keeping insertion order among equals.
/// A root's patterns are looked up (and, for deferred groups, built) when an op of that name
/// is first met, then cached per <see cref="OperationName"/>.
/// </summary>
public sealed class PatternApplicator
{
    private readonly FrozenRewritePatternSet _set;
    private readonly Func<RewritePattern, bool>? _keep;
    /// <summary>Reordered patterns per root once a cost model was applied (then complete: absent roots have none).</summary>
    private Dictionary<string, RewritePattern[]>? _costOrdered;
    private RewritePattern[] _anyOp;
    private readonly Dictionary<OperationName, RewritePattern[]> _byName = new(ReferenceEqualityComparer.Instance);

    public PatternApplicator(FrozenRewritePatternSet set, Func<RewritePattern, bool>? keep = null)
    {
        _set = set;
        _keep = keep;
        _anyOp = keep is null ? set.AnyOpByBenefit : FrozenRewritePatternSet.SortByBenefit(set.AnyOpPatterns.Where(keep));
    }

    /// <summary>
    /// Reorders the patterns by a cost model (MLIR's applyCostModel): higher values are tried
    /// first, ties keep the current order, and patterns the model maps to null are dropped
    /// (impossible to match). Any-op and root-specific patterns are still interleaved by their
    /// own benefit when applied, as MLIR does.
    /// </summary>
    public void ApplyCostModel(Func<RewritePattern, int?> model)
    {
        var reordered = new Dictionary<string, RewritePattern[]>(StringComparer.Ordinal);
        foreach (var root in _set.RootNames) reordered[root] = Reorder(PatternsForRoot(root), model);
        _costOrdered = reordered;
        _anyOp = Reorder(_anyOp, model);
        _byName.Clear();
        Array.Clear(_recentNames);
        Array.Clear(_recentPatterns);
        _recentCount = 0;
    }

    private static RewritePattern[] Reorder(RewritePattern[] ps, Func<RewritePattern, int?> model) =>
        ps.Select((p, i) => (p, i, cost: model(p))).Where(t => t.cost is not null)
          .OrderByDescending(t => t.cost!.Value).ThenBy(t => t.i).Select(t => t.p).ToArray();

    public FrozenRewritePatternSet Patterns => _set;

    /// <summary>The root's patterns in the order they are tried.</summary>
    private RewritePattern[] PatternsForRoot(string root)
    {
        if (_costOrdered is not null) return _costOrdered.TryGetValue(root, out var ps) ? ps : [];
        if (_keep is null) return _set.ByBenefit(root);
        return FrozenRewritePatternSet.SortByBenefit(_set.ForRoot(root).Where(_keep));
    }

    private RewritePattern[] PatternsFor(OperationName name)
    {
        // A function holds a handful of op kinds: a short scan by reference finds them without hashing.
        var recent = _recentNames;
        for (int i = 0; i < _recentCount; i++)
            if (ReferenceEquals(recent[i], name)) return _recentPatterns[i];
        if (!_byName.TryGetValue(name, out var ps)) _byName[name] = ps = PatternsForRoot(name.Name);
        if (_recentCount < recent.Length)
        {
            recent[_recentCount] = name;
            _recentPatterns[_recentCount++] = ps;
        }
        return ps;
    }

    private const int RecentCapacity = 16;
    private readonly OperationName[] _recentNames = new OperationName[RecentCapacity];
    private readonly RewritePattern[][] _recentPatterns = new RewritePattern[RecentCapacity][];
    private int _recentCount;

    /// <summary>
    /// Applies the first pattern that succeeds. <paramref name="canApply"/> filters patterns,
    /// <paramref name="onFailure"/> runs after each failed attempt, and <paramref name="onSuccess"/>
    /// may veto a success (returning false), which then counts as a failure.
    /// </summary>
    public bool MatchAndRewrite(Operation op, PatternRewriter rewriter,
        Func<RewritePattern, bool>? canApply = null, Action<RewritePattern>? onFailure = null, Func<RewritePattern, bool>? onSuccess = null)
    {
        var opPatterns = PatternsFor(op.OpName);
        // Nothing to try: no match round (its cache would start and end empty).
        if (opPatterns.Length == 0 && _anyOp.Length == 0) return false;
        rewriter.BeginMatchRound();
        try { return TryPatterns(op, rewriter, opPatterns, canApply, onFailure, onSuccess); }
        finally { rewriter.EndMatchRound(); }
    }

    private bool TryPatterns(Operation op, PatternRewriter rewriter, RewritePattern[] opPatterns,
        Func<RewritePattern, bool>? canApply, Action<RewritePattern>? onFailure, Func<RewritePattern, bool>? onSuccess)
    {
        int i = 0, j = 0;
        var listener = rewriter.Listener as IRewriterListener;
        while (i < opPatterns.Length || j < _anyOp.Length)
        {
            RewritePattern pattern;
            if (i < opPatterns.Length && (j >= _anyOp.Length || opPatterns[i].Benefit >= _anyOp[j].Benefit)) pattern = opPatterns[i++];
            else pattern = _anyOp[j++];
            if (canApply is not null && !canApply(pattern)) continue;

            rewriter.SetInsertionPoint(op);
            listener?.NotifyPatternBegin(pattern, op);
            bool ok = pattern.MatchAndRewrite(op, rewriter);
            listener?.NotifyPatternEnd(pattern, ok);
            if (ok && onSuccess is not null && !onSuccess(pattern)) ok = false;
            if (ok) return true;
            onFailure?.Invoke(pattern);
        }
        return false;
    }
}
