namespace Lce.IR.Rewrite.Pdll;

/// <summary>
/// The decision tree of all patterns of a module with the same root, with the per-pattern data
/// to read a match back (binding slots, matched ops). Within one applicator round the tree runs
/// once per op: the first pattern asked computes every pattern's match, later ones reuse it.
/// </summary>
internal sealed class SharedMatcher
{
    private readonly DecisionTree _tree;
    private readonly IRContext _ctx;
    private readonly NativeRegistry _natives;
    private readonly CompiledPattern[] _patterns;
    private long _evaluations;

    internal sealed record CompiledPattern(int[] BindingSlots, int[] MatchedOpSlots);

    /// <summary>What the tree found for one op: per pattern, its captured slot values and matched ops (null: no match).</summary>
    internal sealed class Outcome(Operation op, int patterns)
    {
        public Operation Op { get; } = op;
        public readonly object?[]?[] Captures = new object?[]?[patterns];
        public readonly Operation[]?[] MatchedOps = new Operation[]?[patterns];
    }

    public SharedMatcher(IRContext ctx, NativeRegistry natives, IReadOnlyList<MatchPlan> plans, IReadOnlyList<IReadOnlyList<Position>> bindingPositions)
    {
        _ctx = ctx;
        _natives = natives;
        _tree = new DecisionTree(plans.Select(p => p.Predicates).ToList());
        _patterns = plans.Select((p, i) => new CompiledPattern(
            bindingPositions[i].Select(_tree.Positions.SlotOf).ToArray(),
            p.MatchedOps.Select(_tree.Positions.SlotOf).ToArray())).ToArray();
    }

    /// <summary>Questions evaluated so far (a statistic for tests: sharing keeps it flat as patterns are added).</summary>
    public long PredicateEvaluations => Interlocked.Read(ref _evaluations);

    /// <summary>The outcome for <paramref name="op"/>, computed once per applicator round.</summary>
    public Outcome Match(Operation op, PatternRewriter rewriter)
    {
        var cache = rewriter.MatchRoundCache;
        if (cache is not null && cache.TryGetValue(this, out var cached) && cached is Outcome o && ReferenceEquals(o.Op, op)) return o;
        var outcome = Run(op);
        if (cache is not null) cache[this] = outcome;
        return outcome;
    }

    /// <summary>Forgets the round's outcome (after a rewrite changed the IR).</summary>
    public void Invalidate(PatternRewriter rewriter) => rewriter.MatchRoundCache?.Remove(this);

    private Outcome Run(Operation op)
    {
        var frame = new PositionTable.Frame(_tree.Positions, op);
        var outcome = new Outcome(op, _patterns.Length);
        int n = _tree.Evaluate(frame, name => _natives.FindConstraint(name)!, _ctx, i =>
        {
            var p = _patterns[i];
            outcome.Captures[i] = p.BindingSlots.Select(frame.Get).ToArray();
            outcome.MatchedOps[i] = p.MatchedOpSlots.Select(s => (Operation)frame.Get(s)!).ToArray();
        });
        Interlocked.Add(ref _evaluations, n);
        return outcome;
    }
}
