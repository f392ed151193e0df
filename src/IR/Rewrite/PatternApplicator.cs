namespace Lce.IR.Rewrite;

/// <summary>
/// Tries the patterns of a frozen set on one op, best benefit first (MLIR's PatternApplicator
/// with the default cost model): root-specific and any-op patterns are interleaved by
/// benefit, root-specific first on ties, each list keeping insertion order among equals.
/// </summary>
public sealed class PatternApplicator
{
    private readonly FrozenRewritePatternSet _set;
    private readonly Dictionary<string, RewritePattern[]> _sorted = new(StringComparer.Ordinal);
    private RewritePattern[] _anyOp;

    public PatternApplicator(FrozenRewritePatternSet set, Func<RewritePattern, bool>? keep = null)
    {
        _set = set;
        keep ??= _ => true;
        foreach (var root in set.RootNames)
            _sorted[root] = SortByBenefit(set.ForRoot(root).Where(keep));
        _anyOp = SortByBenefit(set.AnyOpPatterns.Where(keep));
    }

    /// <summary>
    /// Reorders the patterns by a cost model (MLIR's applyCostModel): higher values are tried
    /// first, ties keep the current order, and patterns the model maps to null are dropped
    /// (impossible to match). Any-op and root-specific patterns are still interleaved by their
    /// own benefit when applied, as MLIR does.
    /// </summary>
    public void ApplyCostModel(Func<RewritePattern, int?> model)
    {
        foreach (var root in _sorted.Keys.ToList()) _sorted[root] = Reorder(_sorted[root], model);
        _anyOp = Reorder(_anyOp, model);
    }

    private static RewritePattern[] Reorder(RewritePattern[] ps, Func<RewritePattern, int?> model) =>
        ps.Select((p, i) => (p, i, cost: model(p))).Where(t => t.cost is not null)
          .OrderByDescending(t => t.cost!.Value).ThenBy(t => t.i).Select(t => t.p).ToArray();

    private static RewritePattern[] SortByBenefit(IEnumerable<RewritePattern> ps) =>
        ps.Select((p, i) => (p, i)).OrderByDescending(t => t.p.Benefit).ThenBy(t => t.i).Select(t => t.p).ToArray();

    public FrozenRewritePatternSet Patterns => _set;

    /// <summary>
    /// Applies the first pattern that succeeds. <paramref name="canApply"/> filters patterns,
    /// <paramref name="onFailure"/> runs after each failed attempt, and <paramref name="onSuccess"/>
    /// may veto a success (returning false), which then counts as a failure.
    /// </summary>
    public bool MatchAndRewrite(Operation op, PatternRewriter rewriter,
        Func<RewritePattern, bool>? canApply = null, Action<RewritePattern>? onFailure = null, Func<RewritePattern, bool>? onSuccess = null)
    {
        var opPatterns = _sorted.TryGetValue(op.Name, out var ps) ? ps : [];
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
