using Lce.IR.Rewrite;

namespace Lce.IR;

public sealed partial class OpDefinition
{
    private readonly List<Action<RewritePatternSet>> _canonicalizers = new();

    /// <summary>
    /// Adds the op's canonicalization patterns (MLIR's getCanonicalizationPatterns). The
    /// canonicalize pass collects them op by op in name order, then per declaration order.
    /// </summary>
    public OpDefinition Canonicalization(Action<RewritePatternSet> addPatterns)
    {
        _canonicalizers.Add(addPatterns);
        return this;
    }

    /// <summary>Adds one delegate canonicalization pattern rooted at this op.</summary>
    public OpDefinition Canonicalization(string debugName, Func<Operation, PatternRewriter, bool> rewrite, int benefit = 1) =>
        Canonicalization(set => set.Add(RewritePattern.Create(Name, rewrite, benefit, debugName)));

    public bool HasCanonicalizer => _canonicalizers.Count > 0;

    /// <summary>Appends this op's canonicalization patterns to <paramref name="set"/>.</summary>
    public void GetCanonicalizationPatterns(RewritePatternSet set)
    {
        foreach (var add in _canonicalizers) add(set);
    }
}
