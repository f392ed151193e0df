namespace Lce.IR.Conversion;

using Lce.IR.Rewrite;

internal sealed partial class OperationLegalizer
{
    /// <summary>
    /// Finds the patterns that can (transitively) produce legal IR: a pattern is useful when every
    /// op it declares to generate is legal or itself has useful patterns. Patterns for ops the
    /// target always accepts are dropped. With any-op patterns present nothing can be ruled out.
    /// </summary>
    private void BuildLegalizationGraph(FrozenRewritePatternSet patterns, List<RewritePattern> anyOp, Dictionary<string, List<RewritePattern>> byRoot)
    {
        var parentOps = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var invalidPatterns = new Dictionary<string, List<RewritePattern>>(StringComparer.Ordinal);
        var worklist = new List<RewritePattern>();
        var inWorklist = new HashSet<RewritePattern>(ReferenceEqualityComparer.Instance);

        foreach (var pattern in patterns.All)
        {
            if (pattern.RootName is not { } root) { anyOp.Add(pattern); continue; }
            if (_target.GetOpAction(root) == LegalizationAction.Legal) continue;
            if (!invalidPatterns.TryGetValue(root, out var inv)) invalidPatterns[root] = inv = new();
            inv.Add(pattern);
            foreach (var generated in pattern.GeneratedOps)
            {
                if (!parentOps.TryGetValue(generated, out var parents)) parentOps[generated] = parents = new(StringComparer.Ordinal);
                parents.Add(root);
            }
            if (inWorklist.Add(pattern)) worklist.Add(pattern);
        }

        if (anyOp.Count > 0)
        {
            foreach (var pattern in worklist) GetOrAdd(byRoot, pattern.RootName!).Add(pattern);
            return;
        }

        while (worklist.Count > 0)
        {
            var pattern = worklist[^1];
            worklist.RemoveAt(worklist.Count - 1);
            inWorklist.Remove(pattern);
            bool generatesIllegal = pattern.GeneratedOps.Any(g =>
            {
                var action = _target.GetOpAction(g);
                return !byRoot.ContainsKey(g) && (action is null || action == LegalizationAction.Illegal);
            });
            if (generatesIllegal) continue;
            var root = pattern.RootName!;
            GetOrAdd(byRoot, root).Add(pattern);
            invalidPatterns[root].Remove(pattern);
            if (!parentOps.TryGetValue(root, out var parents)) continue;
            foreach (var parent in parents)
                foreach (var candidate in invalidPatterns[parent])
                    if (inWorklist.Add(candidate)) worklist.Add(candidate);
        }
    }

    private static List<RewritePattern> GetOrAdd(Dictionary<string, List<RewritePattern>> map, string key)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = new();
        return list;
    }

    /// <summary>Orders each op's patterns by legalization depth, then benefit, and installs that order in the applicator.</summary>
    private void ComputeLegalizationGraphBenefit(List<RewritePattern> anyOp, Dictionary<string, List<RewritePattern>> byRoot)
    {
        var minDepth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var root in byRoot.Keys.ToList())
            if (!minDepth.ContainsKey(root)) ComputeOpLegalizationDepth(root, minDepth, byRoot);
        if (anyOp.Count > 0) ApplyCostModelToPatterns(anyOp, minDepth, byRoot);

        _applicator.ApplyCostModel(pattern =>
        {
            var ordered = pattern.RootName is { } root ? byRoot.GetValueOrDefault(root) : anyOp;
            int index = ordered?.IndexOf(pattern) ?? -1;
            // Earlier in the ordered list means more beneficial; absent means it can never help.
            return index < 0 ? null : ordered!.Count - index;
        });
    }

    private int ComputeOpLegalizationDepth(string op, Dictionary<string, int> minDepth, Dictionary<string, List<RewritePattern>> byRoot)
    {
        if (minDepth.TryGetValue(op, out var depth)) return depth;
        if (!byRoot.TryGetValue(op, out var patterns) || patterns.Count == 0) return 0;
        minDepth[op] = int.MaxValue; // breaks cycles while the depth is being computed
        depth = ApplyCostModelToPatterns(patterns, minDepth, byRoot);
        minDepth[op] = depth;
        return depth;
    }

    private int ApplyCostModelToPatterns(List<RewritePattern> patterns, Dictionary<string, int> minDepth, Dictionary<string, List<RewritePattern>> byRoot)
    {
        int min = int.MaxValue;
        var byDepth = new List<(RewritePattern Pattern, int Depth)>(patterns.Count);
        foreach (var pattern in patterns)
        {
            int depth = 1;
            foreach (var generated in pattern.GeneratedOps)
            {
                int d = ComputeOpLegalizationDepth(generated, minDepth, byRoot);
                // An op whose depth is still being computed (a cycle) adds nothing.
                depth = Math.Max(depth, d == int.MaxValue ? 0 : d + 1);
            }
            byDepth.Add((pattern, depth));
            min = Math.Min(min, depth);
        }
        if (byDepth.Count == 1) return min;
        var sorted = byDepth.Select((p, i) => (p.Pattern, p.Depth, i))
            .OrderBy(t => t.Depth).ThenByDescending(t => t.Pattern.Benefit).ThenBy(t => t.i).Select(t => t.Pattern).ToList();
        patterns.Clear();
        patterns.AddRange(sorted);
        return min;
    }
}
