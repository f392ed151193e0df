namespace Lce.IR.Rewrite;

/// <summary>
/// An ordered collection of patterns being assembled (MLIR's RewritePatternSet). Besides
/// patterns it holds deferred groups (<see cref="AddDeferred"/>): patterns of one root op built
/// only when first needed, in the place the group was added.
/// </summary>
public sealed class RewritePatternSet(IRContext context)
{
    /// <summary>Each entry is a <see cref="RewritePattern"/> or a <see cref="DeferredPatternGroup"/>.</summary>
    private readonly List<object> _entries = new();
    private List<RewritePattern>? _patterns;

    public IRContext Context { get; } = context;

    /// <summary>Every pattern in insertion order; builds the deferred groups.</summary>
    public IReadOnlyList<RewritePattern> Patterns => _patterns ??= Materialize(_entries);

    public RewritePatternSet Add(RewritePattern pattern) { _entries.Add(pattern); _patterns = null; return this; }

    public RewritePatternSet Add(IEnumerable<RewritePattern> patterns)
    {
        foreach (var p in patterns) _entries.Add(p);
        _patterns = null;
        return this;
    }

    public RewritePatternSet Add(string? rootName, Func<Operation, PatternRewriter, bool> rewrite, int benefit = 1, string? debugName = null) =>
        Add(RewritePattern.Create(rootName, rewrite, benefit, debugName));

    /// <summary>
    /// Adds patterns rooted at <paramref name="rootName"/> that <paramref name="build"/> makes
    /// the first time a driver meets an op of that name (or <see cref="Patterns"/> is read), so a
    /// run never builds patterns for ops it does not see. Order and filtering are as if the
    /// patterns had been added here.
    /// </summary>
    public RewritePatternSet AddDeferred(string rootName, Func<IRContext, IEnumerable<RewritePattern>> build)
    {
        _entries.Add(new DeferredPatternGroup(rootName, Context, build));
        _patterns = null;
        return this;
    }

    /// <summary>Freezes the set, dropping patterns whose debug name or labels are disabled (or not enabled, when an enable list is given).</summary>
    public FrozenRewritePatternSet Freeze(IReadOnlyCollection<string>? disabledPatterns = null, IReadOnlyCollection<string>? enabledPatterns = null) =>
        new(_entries, disabledPatterns, enabledPatterns);

    internal static List<RewritePattern> Materialize(IEnumerable<object> entries)
    {
        var list = new List<RewritePattern>();
        foreach (var e in entries)
        {
            if (e is RewritePattern p) list.Add(p);
            else list.AddRange(((DeferredPatternGroup)e).Build());
        }
        return list;
    }
}

/// <summary>Patterns of one root op built once, on first request (thread-safe: frozen sets are shared by threads).</summary>
internal sealed class DeferredPatternGroup(string rootName, IRContext context, Func<IRContext, IEnumerable<RewritePattern>> build)
{
    private readonly object _lock = new();
    private RewritePattern[]? _built;

    public string RootName { get; } = rootName;

    public RewritePattern[] Build()
    {
        if (Volatile.Read(ref _built) is { } done) return done;
        lock (_lock)
        {
            if (_built is not null) return _built;
            var made = build(context).ToArray();
            foreach (var p in made)
                if (p.RootName != RootName)
                    throw new InvalidOperationException($"deferred pattern '{p.DebugName}' is rooted at '{p.RootName ?? "any op"}', not '{RootName}'");
            Volatile.Write(ref _built, made);
            return made;
        }
    }
}
