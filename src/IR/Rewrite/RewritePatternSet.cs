namespace Lce.IR.Rewrite;

/// <summary>An ordered collection of patterns being assembled (MLIR's RewritePatternSet).</summary>
public sealed class RewritePatternSet(IRContext context)
{
    private readonly List<RewritePattern> _patterns = new();

    public IRContext Context { get; } = context;
    public IReadOnlyList<RewritePattern> Patterns => _patterns;

    public RewritePatternSet Add(RewritePattern pattern) { _patterns.Add(pattern); return this; }

    public RewritePatternSet Add(IEnumerable<RewritePattern> patterns) { _patterns.AddRange(patterns); return this; }

    public RewritePatternSet Add(string? rootName, Func<Operation, PatternRewriter, bool> rewrite, int benefit = 1, string? debugName = null) =>
        Add(RewritePattern.Create(rootName, rewrite, benefit, debugName));

    /// <summary>Freezes the set, dropping patterns whose debug name or labels are disabled (or not enabled, when an enable list is given).</summary>
    public FrozenRewritePatternSet Freeze(IReadOnlyCollection<string>? disabledPatterns = null, IReadOnlyCollection<string>? enabledPatterns = null) =>
        new(_patterns, disabledPatterns, enabledPatterns);
}

/// <summary>
/// An immutable pattern set indexed by root op name (MLIR's FrozenRewritePatternSet);
/// shared by all threads of a pass.
/// </summary>
public sealed class FrozenRewritePatternSet
{
    private readonly Dictionary<string, RewritePattern[]> _byRoot = new(StringComparer.Ordinal);

    public IReadOnlyList<RewritePattern> AnyOpPatterns { get; }
    public IReadOnlyList<RewritePattern> All { get; }

    public FrozenRewritePatternSet(IEnumerable<RewritePattern> patterns, IReadOnlyCollection<string>? disabled = null, IReadOnlyCollection<string>? enabled = null)
    {
        bool Keep(RewritePattern p)
        {
            var names = p.DebugLabels.Prepend(p.DebugName);
            if (disabled is { Count: > 0 } && names.Any(disabled.Contains)) return false;
            if (enabled is { Count: > 0 } && !names.Any(enabled.Contains)) return false;
            return true;
        }
        All = patterns.Where(Keep).ToArray();
        AnyOpPatterns = All.Where(p => p.RootName is null).ToArray();
        foreach (var g in All.Where(p => p.RootName is not null).GroupBy(p => p.RootName!))
            _byRoot[g.Key] = g.ToArray();
    }

    /// <summary>Patterns rooted at <paramref name="opName"/>, in insertion order.</summary>
    public IReadOnlyList<RewritePattern> ForRoot(string opName) => _byRoot.TryGetValue(opName, out var ps) ? ps : [];

    public IEnumerable<string> RootNames => _byRoot.Keys;
}
