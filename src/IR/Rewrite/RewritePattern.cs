namespace Lce.IR.Rewrite;

/// <summary>
/// A rewrite rooted at ops named <see cref="RootName"/> (or any op when null), tried in order
/// of <see cref="Benefit"/> (MLIR's RewritePattern). <see cref="MatchAndRewrite"/> returns
/// true after changing the IR through the rewriter, false (changing nothing) otherwise.
/// </summary>
public abstract class RewritePattern
{
    protected RewritePattern(string? rootName, int benefit = 1, IReadOnlyList<string>? generatedOps = null)
    {
        if (benefit is < 0 or > ushort.MaxValue) throw new ArgumentOutOfRangeException(nameof(benefit), "a benefit is in 0..65535");
        RootName = rootName;
        Benefit = benefit;
        GeneratedOps = generatedOps ?? [];
        DebugName = GetType().Name;
    }

    /// <summary>The root op name, or null for a pattern that may match any op.</summary>
    public string? RootName { get; }

    /// <summary>Higher is tried first; equal benefits keep insertion order.</summary>
    public int Benefit { get; }

    /// <summary>Names of ops the rewrite may create (informational, used by conversion legality).</summary>
    public IReadOnlyList<string> GeneratedOps { get; }

    /// <summary>Name used by pattern filters (`disable-patterns=`) and debugging.</summary>
    public string DebugName { get; set; }

    /// <summary>Extra labels pattern filters also match.</summary>
    public List<string> DebugLabels { get; } = new();

    /// <summary>True if the pattern may apply to an op it produced without looping forever.</summary>
    public bool HasBoundedRewriteRecursion { get; protected set; }

    public abstract bool MatchAndRewrite(Operation op, PatternRewriter rewriter);

    /// <summary>A pattern from a delegate.</summary>
    public static RewritePattern Create(string? rootName, Func<Operation, PatternRewriter, bool> rewrite,
        int benefit = 1, string? debugName = null, IReadOnlyList<string>? generatedOps = null) =>
        new DelegatePattern(rootName, rewrite, benefit, generatedOps) { DebugName = debugName ?? rootName ?? "anonymous" };

    public override string ToString() => $"{DebugName} ({RootName ?? "any op"}, benefit {Benefit})";

    private sealed class DelegatePattern(string? rootName, Func<Operation, PatternRewriter, bool> rewrite, int benefit, IReadOnlyList<string>? generated)
        : RewritePattern(rootName, benefit, generated)
    {
        public override bool MatchAndRewrite(Operation op, PatternRewriter rewriter) => rewrite(op, rewriter);
    }
}
