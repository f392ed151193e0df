namespace Lce.IR.Rewrite;

/// <summary>
/// An immutable pattern set indexed by root op name (MLIR's FrozenRewritePatternSet);
/// shared by all threads of a pass. Deferred groups of a root are built, filtered and sorted
/// the first time that root is asked for; each root's patterns keep insertion order.
/// </summary>
public sealed class FrozenRewritePatternSet
{
    private readonly Dictionary<string, RootPatterns> _byRoot = new(StringComparer.Ordinal);
    private readonly object[] _entries;
    private readonly Func<RewritePattern, bool> _keep;
    private readonly RewritePattern[] _anyOp;
    private readonly RewritePattern[] _anyOpByBenefit;
    private RewritePattern[]? _all;

    public FrozenRewritePatternSet(IEnumerable<RewritePattern> patterns, IReadOnlyCollection<string>? disabled = null, IReadOnlyCollection<string>? enabled = null)
        : this(patterns.Cast<object>(), disabled, enabled) { }

    internal FrozenRewritePatternSet(IEnumerable<object> entries, IReadOnlyCollection<string>? disabled, IReadOnlyCollection<string>? enabled)
    {
        _keep = p =>
        {
            var names = p.DebugLabels.Prepend(p.DebugName);
            if (disabled is { Count: > 0 } && names.Any(disabled.Contains)) return false;
            if (enabled is { Count: > 0 } && !names.Any(enabled.Contains)) return false;
            return true;
        };
        // Built patterns are filtered now; deferred groups when they are built.
        _entries = entries.Where(e => e is not RewritePattern p || _keep(p)).ToArray();
        var anyOp = new List<RewritePattern>();
        foreach (var e in _entries)
        {
            string? root = e is RewritePattern p ? p.RootName : ((DeferredPatternGroup)e).RootName;
            if (root is null) { anyOp.Add((RewritePattern)e); continue; }
            if (!_byRoot.TryGetValue(root, out var group)) _byRoot[root] = group = new RootPatterns();
            group.Entries.Add(e);
        }
        _anyOp = anyOp.ToArray();
        _anyOpByBenefit = SortByBenefit(_anyOp);
    }

    public IReadOnlyList<RewritePattern> AnyOpPatterns => _anyOp;

    /// <summary>Every pattern in insertion order (builds all deferred groups).</summary>
    public IReadOnlyList<RewritePattern> All =>
        Volatile.Read(ref _all) ?? Interlocked.CompareExchange(ref _all, BuildAll(), null) ?? _all!;

    /// <summary>Patterns rooted at <paramref name="opName"/>, in insertion order.</summary>
    public IReadOnlyList<RewritePattern> ForRoot(string opName) => _byRoot.TryGetValue(opName, out var g) ? g.InOrder(_keep) : [];

    /// <summary>Root names with patterns (a name whose deferred patterns are all filtered out may be listed with none).</summary>
    public IEnumerable<string> RootNames => _byRoot.Keys;

    /// <summary>Patterns rooted at <paramref name="opName"/>, highest benefit first, equal benefits in insertion order.</summary>
    internal RewritePattern[] ByBenefit(string opName) => _byRoot.TryGetValue(opName, out var g) ? g.ByBenefit(_keep) : [];

    /// <summary>The any-op patterns, highest benefit first, equal benefits in insertion order.</summary>
    internal RewritePattern[] AnyOpByBenefit => _anyOpByBenefit;

    internal static RewritePattern[] SortByBenefit(IEnumerable<RewritePattern> ps) =>
        ps.Select((p, i) => (p, i)).OrderByDescending(t => t.p.Benefit).ThenBy(t => t.i).Select(t => t.p).ToArray();

    private RewritePattern[] BuildAll()
    {
        var all = new List<RewritePattern>();
        foreach (var e in _entries)
        {
            if (e is RewritePattern p) all.Add(p);
            else all.AddRange(((DeferredPatternGroup)e).Build().Where(_keep));
        }
        return all.ToArray();
    }

    /// <summary>One root's entries and, once asked for, its built and sorted patterns.</summary>
    private sealed class RootPatterns
    {
        public readonly List<object> Entries = new();
        private (RewritePattern[] InOrder, RewritePattern[] ByBenefit)? _built;
        private readonly object _lock = new();

        public RewritePattern[] InOrder(Func<RewritePattern, bool> keep) => Build(keep).InOrder;
        public RewritePattern[] ByBenefit(Func<RewritePattern, bool> keep) => Build(keep).ByBenefit;

        private (RewritePattern[] InOrder, RewritePattern[] ByBenefit) Build(Func<RewritePattern, bool> keep)
        {
            lock (_lock)
            {
                if (_built is { } b) return b;
                var inOrder = new List<RewritePattern>();
                foreach (var e in Entries)
                {
                    if (e is RewritePattern p) inOrder.Add(p);
                    else inOrder.AddRange(((DeferredPatternGroup)e).Build().Where(keep));
                }
                var built = (inOrder.ToArray(), SortByBenefit(inOrder));
                _built = built;
                return built;
            }
        }
    }
}
